import { Textfield } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

/**
 * The account fields, shared by the sign-up page and the invite page.
 * `errors` maps a field name to a translation key.
 */
export function SignupFields({
  values,
  errors,
}: {
  values?: Record<string, string>;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const error = (field: string) => (errors?.[field] ? t(errors[field]) : undefined);
  return (
    <>
      <Textfield
        label={t("signup.name")}
        description={t("signup.nameHelp")}
        name="name"
        id="name"
        autoComplete="nickname"
        defaultValue={values?.name}
        error={error("name")}
        required
      />
      <Textfield
        label={t("signup.username")}
        description={t("signup.usernameHelp")}
        name="username"
        id="username"
        autoComplete="username"
        autoCapitalize="none"
        defaultValue={values?.username}
        error={error("username")}
        required
      />
      <Textfield
        label={t("signup.email")}
        name="email"
        id="email"
        type="email"
        autoComplete="email"
        defaultValue={values?.email}
        error={error("email")}
      />
      <Textfield
        label={t("signup.password")}
        description={t("signup.passwordHelp")}
        name="password"
        id="password"
        type="password"
        autoComplete="new-password"
        error={error("password")}
        required
      />
    </>
  );
}
