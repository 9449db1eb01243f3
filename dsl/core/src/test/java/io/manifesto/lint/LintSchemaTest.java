package io.manifesto.lint;

import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the API server rejects before any rule runs: a field the kind's schema does not have, a required field
 * missing, a kind its API group does not serve. Each case is a corruption of a built application that
 * {@code CorruptionFuzzTest} found lint reporting nothing for while the schema check rejected it.
 */
class LintSchemaTest {

    @Test
    void theRulesOfReadingAFileAreInTheCatalogAsFilesOnly() {
        var catalog = io.manifesto.rules.RuleCatalog.standard();
        for (String id : java.util.List.of(ManifestSource.UNREADABLE, SchemaFields.UNKNOWN_FIELD,
                SchemaFields.REQUIRED_FIELD, ServedKinds.UNKNOWN_KIND)) {
            assertThat(catalog.find(id)).as(id).hasValueSatisfying(entry -> assertThat(entry.checked())
                    .isEqualTo(io.manifesto.rules.RuleCatalog.Checked.FILES));
        }
    }

    private static final String SERVICE = """
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            spec:
              selector: {app: web}
              ports:
                - name: http
                  %s
                  targetPort: http
            """;

    private static String only(String yaml) {
        return Lint.yaml("k8s/web.yaml", yaml).problems().stream().filter(Problem::isError).map(Problem::toString)
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void reportsAFieldTheSchemaDoesNotHaveAtItsLine() {
        assertThat(only(SERVICE.formatted("port: 80").replace("selector:", "selectorx:")))
                .isEqualTo("k8s/web.yaml:6: error Service/web spec.selectorx = \"<none>\": is not a field of the"
                        + " Service schema, so kubectl apply rejects it (strict field validation). Fix: correct the"
                        + " field's name, or remove it. [lint.unknown-field]");
    }

    @Test
    void reportsAnUnknownFieldNestedInAListOfACustomResourceModel() {
        String issuer = """
                apiVersion: cert-manager.io/v1
                kind: ClusterIssuer
                metadata:
                  name: letsencrypt
                spec:
                  acme:
                    server: https://acme-staging-v02.api.letsencrypt.org/directory
                    email: ops@contoso.com
                    privateKeySecretRef: {name: letsencrypt-account}
                    solvers:
                      - http01:
                          ingress: {ingressClassNamex: nginx}
                """;
        assertThat(only(issuer)).isEqualTo("k8s/web.yaml:12: error ClusterIssuer/letsencrypt"
                + " spec.acme.solvers[0].http01.ingress.ingressClassNamex = \"<none>\": is not a field of the"
                + " ClusterIssuer schema, so kubectl apply rejects it (strict field validation). Fix: correct the"
                + " field's name, or remove it. [lint.unknown-field]");
    }

    @Test
    void reportsAMissingRequiredField() {
        assertThat(only(SERVICE.formatted("protocol: TCP")))
                .isEqualTo("k8s/web.yaml:8: error Service/web spec.ports[0].port = \"<none>\": is required by the"
                        + " Service schema, so the API server rejects the object without it. Fix: set"
                        + " spec.ports[0].port. [lint.required-field]");
    }

    @Test
    void reportsAFieldThatAnOlderSupportedVersionRequires() {
        // Kubernetes 1.33 requires a PriorityClass's value, 1.35 no longer does
        assertThat(only("""
                apiVersion: scheduling.k8s.io/v1
                kind: PriorityClass
                metadata:
                  name: critical
                """)).isEqualTo("k8s/web.yaml:1: error PriorityClass/critical value = \"<none>\": is required by"
                + " the PriorityClass schema, so the API server rejects the object without it. Fix: set value."
                + " [lint.required-field]");
    }

    @Test
    void reportsAKindItsApiGroupDoesNotServe() {
        assertThat(only("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata:
                  name: web
                """)).isEqualTo("k8s/web.yaml:2: error Deploymnet/web kind = \"Deploymnet\": is not a kind that"
                + " apps/v1 serves, so the API server rejects the object. Fix: correct apiVersion and kind, e.g."
                + " apps/v1 Deployment or policy/v1 PodDisruptionBudget. [lint.unknown-kind]");
    }

    @Test
    void reportsANumberWhereTheSchemaTakesAString() {
        // the API server decodes strictly: a label value 1.0 is "cannot unmarshal number into ... of type string"
        assertThat(only(SERVICE.formatted("port: 80").replace("name: web", "name: web\n  labels: {version: 1.0}")))
                .isEqualTo("k8s/web.yaml:5: error Service/web metadata.labels.version = \"<none>\": does not fit the"
                        + " Service schema: is the number 1.0 where the field takes a string. Fix: quote the value, so"
                        + " that YAML reads it as a string. [lint.unreadable]");
    }

    @Test
    void reportsAStringWhereTheSchemaTakesANumber() {
        assertThat(only(SERVICE.formatted("port: \"80\"")))
                .isEqualTo("k8s/web.yaml:9: error Service/web spec.ports[0].port = \"<none>\": does not fit the"
                        + " Service schema: is the string \"80\" where the field takes an integer. Fix: write the"
                        + " value the field's type takes. [lint.unreadable]");
    }

    @Test
    void leavesTheKindsOfAGroupItDoesNotKnowAlone() {
        assertThat(only("""
                apiVersion: argoproj.io/v1alpha1
                kind: Rollout
                metadata:
                  name: web
                spec:
                  anything: goes
                """)).isEmpty();
    }
}
