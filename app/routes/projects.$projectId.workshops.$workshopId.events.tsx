/** Server-Sent Events of one workshop: state versions, answer counts and "look here" places, never an answer (decision 014). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { workshopEventStream } from "../workshops/workshop-requests.server";

export const loader = ({ request, params, context }: LoaderFunctionArgs) => workshopEventStream(context, request, params.projectId, params.workshopId);
