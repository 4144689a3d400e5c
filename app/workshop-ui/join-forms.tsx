/**
 * The small forms of joining a workshop (decision 014): the join code typed at `/w`, and at
 * `/w/<code>` the signed-in account's "Bli med" or a guest's alias. Plain forms that work
 * without JavaScript on a phone over a poor connection.
 */
import { Alert, Button, Heading, Paragraph, Textfield } from "@digdir/designsystemet-react";
import { Form, Link, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../ui/error-summary";

/** Why a code did not lead anywhere, as the page says it. */
export type JoinRefusal = { reason: "unknown" } | { reason: "gone" } | { reason: "throttled"; seconds: number };

export function JoinRefusalAlert({ refusal }: { refusal: JoinRefusal | null | undefined }) {
  const { t } = useTranslation();
  if (!refusal) return null;
  const text =
    refusal.reason === "throttled" ? t("workshops.join.throttled", { count: refusal.seconds }) : refusal.reason === "gone" ? t("workshops.join.codeGone") : t("workshops.join.codeUnknown");
  return (
    <Alert data-color={refusal.reason === "throttled" ? "warning" : "danger"} role="alert">
      {text}
    </Alert>
  );
}

/** `/w`: the code as typed. */
export function JoinCodeForm({ code, refusal }: { code?: string; refusal?: JoinRefusal | null }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <Form method="post" className="stack" noValidate>
      <JoinRefusalAlert refusal={refusal} />
      <Textfield
        label={t("workshops.join.codeLabel")}
        description={t("workshops.join.codeHelp")}
        name="code"
        id="code"
        defaultValue={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        inputMode="text"
        required
      />
      <div>
        <Button type="submit" disabled={navigation.state !== "idle"}>
          {t("workshops.join.codeSubmit")}
        </Button>
      </div>
    </Form>
  );
}

/** `/w/<code>` for a signed-in account that is not in the project yet. */
export function JoinWithAccountForm({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <Form method="post" className="stack">
      <Paragraph>{t("workshops.join.signedInAs", { name })}</Paragraph>
      <input type="hidden" name="intent" value="member" />
      <div>
        <Button type="submit" disabled={navigation.state !== "idle"}>
          {t("workshops.join.joinWithAccount")}
        </Button>
      </div>
    </Form>
  );
}

/** `/w/<code>` for a guest: the alias, nothing else. */
export function JoinAsGuestForm({ alias, aliasError, signInHref }: { alias?: string; aliasError?: boolean; signInHref: string }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <>
      <Form method="post" className="stack" noValidate>
        <Heading level={2} data-size="sm">
          {t("workshops.join.guestTitle")}
        </Heading>
        <FormErrorSummary errors={aliasError ? { alias: "workshops.join.aliasInvalid" } : undefined} />
        <input type="hidden" name="intent" value="guest" />
        <Textfield
          label={t("workshops.join.aliasLabel")}
          description={t("workshops.join.aliasHelp")}
          name="alias"
          id="alias"
          defaultValue={alias}
          autoComplete="nickname"
          maxLength={40}
          error={aliasError ? t("workshops.join.aliasInvalid") : undefined}
          required
        />
        <Paragraph data-size="sm">{t("workshops.join.guestNote")}</Paragraph>
        <div>
          <Button type="submit" disabled={navigation.state !== "idle"}>
            {t("workshops.join.guestSubmit")}
          </Button>
        </div>
      </Form>
      <Paragraph>
        {t("workshops.join.haveAccount")} <Link to={signInHref}>{t("workshops.join.signIn")}</Link>
      </Paragraph>
    </>
  );
}
