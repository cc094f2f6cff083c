import { StatementPage, statementMetadata } from "@/components/statements/statement-page";

export const generateMetadata = () => statementMetadata("privacy");

/** The privacy statement (content/statements.yaml), linked from the footer of every page. */
export default function PrivacyPage() {
  return <StatementPage kind="privacy" />;
}
