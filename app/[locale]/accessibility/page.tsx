import { StatementPage, statementMetadata } from "@/components/statements/statement-page";

export const generateMetadata = () => statementMetadata("accessibility");

/** The accessibility statement (toegankelijkheidsverklaring), linked from the footer of every page. */
export default function AccessibilityPage() {
  return <StatementPage kind="accessibility" />;
}
