package io.manifesto.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.manifesto.Manifesto;
import io.manifesto.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LintTest {

    private static final String WEB = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              replicas: 3
              selector:
                matchLabels: {app: web}
              template:
                metadata:
                  labels: {app: web}
                spec:
                  containers:
                    - name: web
                      image: nginx:latest
                      resources:
                        requests: {cpu: 300m}
                        limits: {cpu: 200m, memory: 512m}
            ---
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
            spec:
              scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
              minReplicas: 2
              maxReplicas: 10
            """;

    @Test
    void reportsEveryRuleOnYamlWithTheLineOfTheFieldAndAFixInManifestTerms() {
        LintReport report = Lint.yaml("k8s/web.yaml", WEB);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "k8s/web.yaml:6: error Deployment/web spec.replicas = \"3\": HorizontalPodAutoscaler/web owns the"
                        + " replica count, so a fixed count would be reset on every apply. Fix: remove spec.replicas"
                        + " from Deployment/web and set the range on HorizontalPodAutoscaler/web."
                        + " [workload.replicas-owned]",
                "k8s/web.yaml:15: warning Deployment/web spec.template.spec.containers[web].image = \"nginx:latest\":"
                        + " the image is not pinned to a version, so each pod may run different code. Fix: use a"
                        + " version tag or a digest, e.g. \"nginx:1.0.0\". [container.image-latest]",
                "k8s/web.yaml:17: error Deployment/web spec.template.spec.containers[web].resources.requests.cpu ="
                        + " \"300m\": the CPU request is above the limit \"200m\". Fix: lower the request to at most"
                        + " 200m, or raise the limit. [resources.request-above-limit]",
                "k8s/web.yaml:18: error Deployment/web spec.template.spec.containers[web].resources.limits.memory ="
                        + " \"512m\": memory counts in whole bytes, and this is 0.512 bytes: Kubernetes calls a"
                        + " fractional byte value invalid. Fix: \"m\" means thousandths: write \"512Mi\" for"
                        + " mebibytes, or a whole number of bytes. [quantity.fractional-bytes]");
        assertThat(report.exitCode()).isEqualTo(LintReport.ERRORS);
        assertThat(report.text()).endsWith("3 errors, 1 warning in 2 objects of 1 file\n");
    }

    @Test
    void readsTheItemsOfAListAndJsonFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("list.yaml"), """
                apiVersion: v1
                kind: List
                items:
                  - apiVersion: v1
                    kind: Pod
                    metadata: {name: one}
                    spec:
                      containers: [{name: app, image: "busybox"}]
                """);
        Files.writeString(dir.resolve("pod.json"), "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\":"
                + " {\"name\": \"two\"},\n \"spec\": {\"containers\": [{\"name\": \"app\"}]}}\n");
        LintReport report = Manifesto.lint(dir);
        String root = dir.toString().replace('\\', '/');
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                root + "/list.yaml:8: warning Pod/one spec.containers[app].image = \"busybox\": the image is not pinned"
                        + " to a version, so each pod may run different code. Fix: use a version tag or a digest, e.g."
                        + " \"busybox:1.0.0\". [container.image-latest]",
                root + "/pod.json:2: error Pod/two spec.containers[app].image = \"<none>\": the container has no image. Fix:"
                        + " set image: registry/name:tag. [container.image]");
    }

    @Test
    void namesTheLineAndColumnOfASyntaxErrorAndStillChecksTheOtherFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-broken.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n");
        Files.writeString(dir.resolve("b-web.yaml"), WEB);
        LintReport report = Lint.lint(dir);
        assertThat(report.problems().get(0).toString()).isEqualTo(dir.toString().replace('\\', '/')
                + "/a-broken.yaml:4: error " + dir.toString().replace('\\', '/') + "/a-broken.yaml  = \"<none>\":"
                + " is not valid YAML or JSON at line 4, column 1: while parsing a flow mapping: expected ',' or '}',"
                + " but got <stream end>. Fix: correct the syntax there; the other files were still checked."
                + " [lint.unreadable]");
        assertThat(report.problems()).extracting(Problem::ruleId).contains("resources.request-above-limit");
        assertThat(report.exitCode()).isEqualTo(LintReport.UNREADABLE);
    }

    @Test
    void reportsAPathThatDoesNotExistAndBytesThatAreNotUtf8(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.yaml"), "name: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        LintReport report = Lint.lint(dir.resolve("missing"), dir.resolve("latin1.yaml"));
        assertThat(report.problems()).extracting(Problem::message).containsExactly("is not UTF-8 text",
                "does not exist");
        assertThat(report.exitCode()).isEqualTo(LintReport.UNREADABLE);
    }

    @Test
    void reportsADocumentThatIsNotAKubernetesObject() {
        LintReport report = Lint.yaml("x.yaml", "- a\n- b\n---\nkind: Deployment\nmetadata: {name: web}\n");
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "x.yaml:1: error x.yaml  = \"<none>\": is a list, not an object. Fix: write a Kubernetes object: a map"
                        + " with apiVersion, kind and metadata. [lint.unreadable]",
                "x.yaml:4: error Deployment/web apiVersion = \"<none>\": the object has no apiVersion. Fix: set"
                        + " apiVersion, e.g. apps/v1. [lint.unreadable]");
    }

    @Test
    void acceptsAWarningSuppressedByAnnotationInYaml() {
        LintReport report = Lint.yaml("pod.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: debug
                  annotations:
                    manifesto.io/suppress.container.image-latest: "a throwaway debugging pod"
                spec:
                  containers: [{name: app, image: "busybox:latest"}]
                """);
        assertThat(report.problems()).isEmpty();
        assertThat(report.exitCode()).isEqualTo(LintReport.CLEAN);
        assertThat(report.text()).isEqualTo("suppressed pod.yaml:8: warning Pod/debug spec.containers[app].image ="
                + " \"busybox:latest\": the image is not pinned to a version, so each pod may run different code. Fix:"
                + " use a version tag or a digest, e.g. \"busybox:1.0.0\". [container.image-latest] Reason: a"
                + " throwaway debugging pod\n0 errors, 0 warnings (1 suppressed) in 1 object of 1 file\n");
    }

    @Test
    void writesSarifThatNamesTheRuleTheFileAndTheLine() throws IOException {
        JsonNode sarif = new ObjectMapper().readTree(Lint.yaml("k8s/web.yaml", WEB).sarif());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id")).containsExactly(
                "container.image-latest", "quantity.fractional-bytes", "resources.request-above-limit",
                "workload.replicas-owned");
        JsonNode first = run.path("results").get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("workload.replicas-owned");
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(first.path("ruleIndex").asInt()).isEqualTo(3);
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("k8s/web.yaml");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(6);
    }

    @Test
    void writesJUnitXmlWithAFailingCasePerObjectWithErrors() {
        String xml = Lint.yaml("k8s/web.yaml", WEB).junitXml();
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
                + "  <testsuite name=\"manifesto lint\" tests=\"2\" failures=\"1\" errors=\"0\" skipped=\"0\">\n"
                + "    <testcase classname=\"k8s/web.yaml\" name=\"Deployment/web\">\n"
                + "      <failure type=\"workload.replicas-owned\"");
        assertThat(xml).contains("<system-out>k8s/web.yaml:15: warning Deployment/web");
        assertThat(xml).endsWith("    <testcase classname=\"manifesto\" name=\"1 object without problems\"/>\n"
                + "  </testsuite>\n</testsuites>\n");
    }
}
