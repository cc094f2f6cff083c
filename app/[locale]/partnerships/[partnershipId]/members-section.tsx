import { getFormatter, getTranslations } from "next-intl/server";
import { Form } from "@/components/ui/form";
import { INVITE_VALID_DAYS, listOpenInvites } from "@/lib/data/invites";
import { listMembers, MEMBER_ROLES } from "@/lib/data/memberships";
import { createInviteAction, removeMemberAction } from "./actions";

/** Members of a partnership, for its coordinators: who, which role, and inviting more. */
export async function MembersSection({ partnershipId, currentUserId }: { partnershipId: string; currentUserId: string }) {
  const [members, invites] = await Promise.all([listMembers(partnershipId), listOpenInvites(partnershipId)]);
  const t = await getTranslations("members");
  const format = await getFormatter();

  return (
    <section aria-labelledby="members" className="mt-12 space-y-6">
      <div className="space-y-2">
        <h2 id="members" className="text-2xl font-semibold text-brand-strong">
          {t("title")}
        </h2>
        <p className="max-w-3xl text-muted">{t("lead")}</p>
      </div>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">{t("colName")}</th>
              <th scope="col" className="py-2 pr-4">{t("colEmail")}</th>
              <th scope="col" className="py-2 pr-4">{t("colRole")}</th>
              <th scope="col" className="py-2">{t("colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id} className="border-b border-line align-top" data-testid="member-row">
                <td className="py-2 pr-4">
                  {m.name} {m.id === currentUserId && <span className="text-muted">{t("you")}</span>}
                </td>
                <td className="py-2 pr-4 break-all">{m.email}</td>
                <td className="py-2 pr-4">{t(`roles.${m.role}`)}</td>
                <td className="py-2">
                  {m.id !== currentUserId && (
                    <Form
                      action={removeMemberAction}
                      submitLabel={t("remove", { name: m.name })}
                      fields={[
                        { kind: "hidden", name: "partnershipId", value: partnershipId },
                        { kind: "hidden", name: "userId", value: m.id },
                      ]}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {invites.length > 0 && (
        <div className="space-y-2">
          <h3 className="text-lg font-semibold text-brand-strong">{t("openInvitesTitle")}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {invites.map((i) => (
              <li key={i.id}>
                {t("openInvite", {
                  role: t(`roles.${i.role}`),
                  date: format.dateTime(i.expiresAt, { dateStyle: "long" }),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="space-y-3 rounded border border-line bg-wash p-5">
        <h3 className="text-xl font-semibold text-brand-strong">{t("inviteTitle")}</h3>
        <p>{t("inviteLead", { days: INVITE_VALID_DAYS })}</p>
        <Form
          action={createInviteAction}
          submitLabel={t("createInvite")}
          fields={[
            { kind: "hidden", name: "partnershipId", value: partnershipId },
            {
              kind: "radio",
              name: "role",
              label: t("inviteRole"),
              required: true,
              defaultValue: "partner",
              options: MEMBER_ROLES.map((role) => ({
                value: role,
                label: t(`roles.${role}`),
                description: t(`roleDescriptions.${role}`),
              })),
            },
          ]}
        />
      </div>
    </section>
  );
}
