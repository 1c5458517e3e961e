package dev.shale.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shale.diff.postgres.HazardCode;

/**
 * A {@link LintReport} as SARIF 2.1.0: one run of the tool {@code shale lint} whose rules are the hazard catalog
 * (id = code, help = why and the alternative, default level = the code's severity), and one result per finding with
 * its file and line; an accepted finding carries an in-source suppression with the allow's reason.
 */
final class SarifOutput {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifOutput() {
    }

    static ObjectNode sarif(LintReport report) {
        ObjectNode root = LintOutput.JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "shale lint");
        ArrayNode rules = driver.putArray("rules");
        for (HazardCode code : HazardCode.values()) {
            ObjectNode rule = rules.addObject();
            rule.put("id", code.code());
            rule.putObject("shortDescription").put("text", code.why());
            rule.putObject("fullDescription").put("text", code.why() + " Instead: " + code.alternative());
            rule.putObject("help").put("text", code.why() + " Instead: " + code.alternative())
                    .put("markdown", code.why() + "\n\n**Instead:** " + code.alternative());
            rule.putObject("defaultConfiguration").put("level", code.severity().code());
            rule.putObject("properties").put("kind", code.kind().code());
        }
        ArrayNode results = run.putArray("results");
        for (LintFinding finding : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.code().code());
            result.put("ruleIndex", finding.code().ordinal());
            result.put("level", finding.code().severity().code());
            result.putObject("message").put("text", finding.object() + ": " + finding.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", uri(finding.file()));
            location.putObject("region").put("startLine", finding.line());
            if (finding.accepted()) {
                result.putArray("suppressions").addObject().put("kind", "inSource")
                        .put("justification", finding.acceptedReason());
            }
        }
        return root;
    }

    /** A file name as a relative URI reference: forward slashes, spaces and the like percent-encoded. */
    static String uri(String file) {
        try {
            return new java.net.URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a file name: " + file, e);
        }
    }
}
