import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireMember } from "../auth/guards.server";
import { endMemberConnections } from "../auth/session-connections.server";
import {
  changeRole,
  createInvite,
  listActiveInvites,
  listMembers,
  MemberChangeError,
  removeMember,
  revokeInvite,
} from "../members/members.server";
import { inviteUrl, qrSvg } from "../members/invite-link.server";
import { inviteValidDays } from "../members/invite-options";
import { InvitePanel } from "../members/invite-panel";
import { MemberTable } from "../members/member-table";
import { can, invitableRoles } from "../permissions";
import { userText } from "../ui/text-input";

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const { user, project, role } = await requireMember(context, request, params.projectId, "members:read");
  const mayInvite = can(role, "invites:create");
  const [members, invites] = await Promise.all([
    listMembers(context.db, project.id),
    mayInvite ? listActiveInvites(context.db, project.id) : Promise.resolve([]),
  ]);
  return {
    selfId: user.id,
    members: members.map((member) => ({ ...member, joinedAt: member.joinedAt.toISOString() })),
    invites: invites.map((invite) => ({
      id: invite.id,
      role: invite.role,
      uses: invite.uses,
      expiresAt: invite.expiresAt.toISOString(),
    })),
    may: { invite: mayInvite, manage: can(role, "members:manage") },
  };
}

const intentSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("createInvite"),
    role: z.enum(invitableRoles, { message: "errors.roleInvalid" }),
    validDays: z.coerce
      .number()
      .refine((days) => (inviteValidDays as readonly number[]).includes(days), "errors.validDaysInvalid"),
  }),
  z.object({ intent: z.literal("revokeInvite"), inviteId: userText(z.string().min(1)) }),
  z.object({
    intent: z.literal("changeRole"),
    userId: userText(z.string().min(1)),
    role: z.enum(invitableRoles, { message: "errors.roleInvalid" }),
  }),
  z.object({ intent: z.literal("removeMember"), userId: userText(z.string().min(1)) }),
]);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const parsed = intentSchema.safeParse(form);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message = issue?.message.startsWith("errors.") ? issue.message : "errors.unknownIntent";
    return data({ ok: false as const, error: message }, { status: 400 });
  }
  const input = parsed.data;
  switch (input.intent) {
    case "createInvite": {
      const { user, project } = await requireMember(context, request, params.projectId, "invites:create");
      const { invite, token } = await createInvite(context.db, {
        projectId: project.id,
        role: input.role,
        createdBy: user.id,
        validDays: input.validDays,
      });
      context.logger.info({ projectId: project.id, inviteId: invite.id, role: input.role }, "invite created");
      const url = inviteUrl(request, token, context.config.publicUrl);
      return { ok: true as const, intent: input.intent, invite: { url, role: input.role, qr: await qrSvg(url) } };
    }
    case "revokeInvite": {
      const { project } = await requireMember(context, request, params.projectId, "invites:create");
      await revokeInvite(context.db, project.id, input.inviteId);
      return { ok: true as const, intent: input.intent };
    }
    case "changeRole":
    case "removeMember": {
      const { project } = await requireMember(context, request, params.projectId, "members:manage");
      try {
        if (input.intent === "changeRole") await changeRole(context.db, project.id, input.userId, input.role);
        else await removeMember(context.db, project.id, input.userId);
      } catch (error) {
        if (error instanceof MemberChangeError) {
          return data({ ok: false as const, error: `errors.${error.code}` }, { status: 400 });
        }
        throw error;
      }
      // Live connections and streams were authorised for the old role: end them, so they
      // reconnect with the new one, or not at all.
      endMemberConnections(context, project.id, input.userId);
      context.logger.info({ projectId: project.id, userId: input.userId, intent: input.intent }, "membership changed");
      return { ok: true as const, intent: input.intent };
    }
  }
}

export default function Members() {
  const loaderData = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="stack">
      <MemberTable
        members={loaderData.members}
        selfId={loaderData.selfId}
        mayManage={loaderData.may.manage}
        error={result && !result.ok ? result.error : undefined}
      />
      {loaderData.may.invite ? (
        <InvitePanel
          invites={loaderData.invites}
          created={result?.ok && result.intent === "createInvite" ? result.invite : undefined}
        />
      ) : null}
    </div>
  );
}
