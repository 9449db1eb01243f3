package io.manifesto.validate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    private final Problems problems = new Problems();
    private final Problems.Scope scope = problems.at("Deployment/x");

    private List<String> lines() {
        return problems.all().stream().map(Problem::toString).toList();
    }

    @Test
    void acceptsValidNames() {
        Names.checkDns1123Subdomain(scope, "metadata.name", "shop.example-1");
        Names.checkDns1123Label(scope, "name", "web-1");
        Names.checkDns1035Label(scope, "metadata.name", "web");
        Names.checkLabelKey(scope, "labels", "app.kubernetes.io/name");
        Names.checkLabelValue(scope, "labels.tier", "");
        Names.checkPortName(scope, "ports", "http-2");
        Names.checkPortNumber(scope, "port", 65535);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void rejectsSubdomainWithUpperCase() {
        Names.checkDns1123Subdomain(scope, "metadata.name", "My_App");
        assertThat(lines()).containsExactly("error Deployment/x metadata.name = \"My_App\": must be a DNS-1123"
                + " subdomain: at most 253 characters of lower-case letters, digits, '-' and '.', starting and"
                + " ending with a letter or digit. Fix: use a name such as \"my-app\". [name.dns1123-subdomain]");
    }

    /** The fix is a valid name, never the invalid value again. */
    @Test
    void suggestsANameWithoutEmptyLabelsOrDashedEnds() {
        Names.checkDns1123Subdomain(scope, "metadata.name", "a..b");
        Names.checkDns1123Subdomain(scope, "metadata.name", "web-.shop");
        Names.checkDns1123Label(scope, "name", "web..1");
        Names.checkDns1035Label(scope, "metadata.name", "1web");
        assertThat(lines()).containsExactly(
                "error Deployment/x metadata.name = \"a..b\": must be a DNS-1123 subdomain: at most 253 characters of"
                        + " lower-case letters, digits, '-' and '.', starting and ending with a letter or digit. Fix:"
                        + " use a name such as \"a.b\". [name.dns1123-subdomain]",
                "error Deployment/x metadata.name = \"web-.shop\": must be a DNS-1123 subdomain: at most 253"
                        + " characters of lower-case letters, digits, '-' and '.', starting and ending with a letter or"
                        + " digit. Fix: use a name such as \"web.shop\". [name.dns1123-subdomain]",
                "error Deployment/x name = \"web..1\": must be a DNS-1123 label: at most 63 characters of lower-case"
                        + " letters, digits and '-', starting and ending with a letter or digit. Fix: use a name such as"
                        + " \"web-1\". [name.dns1123-label]",
                "error Deployment/x metadata.name = \"1web\": must be a DNS-1035 label: at most 63 characters of"
                        + " lower-case letters, digits and '-', starting with a letter and ending with a letter or"
                        + " digit. Fix: use a name that starts with a letter, such as \"x-1web\". [name.dns1035-label]");
    }

    @Test
    void rejectsLabelLongerThan63() {
        Names.checkDns1123Label(scope, "name", "a".repeat(64));
        assertThat(problems.all()).singleElement().extracting(Problem::ruleId).isEqualTo("name.dns1123-label");
    }

    @Test
    void rejectsServiceNameStartingWithDigit() {
        Names.checkDns1035Label(scope, "metadata.name", "1web");
        assertThat(lines()).containsExactly("error Deployment/x metadata.name = \"1web\": must be a DNS-1035 label:"
                + " at most 63 characters of lower-case letters, digits and '-', starting with a letter and ending"
                + " with a letter or digit. Fix: use a name that starts with a letter, such as \"x-1web\"."
                + " [name.dns1035-label]");
    }

    @Test
    void rejectsLabelKeyWithBadPrefix() {
        Names.checkLabelKey(scope, "metadata.labels", "Example.com/tier");
        assertThat(lines()).containsExactly("error Deployment/x metadata.labels = \"Example.com/tier\": is not a"
                + " valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63 characters of"
                + " letters, digits, '-', '_' and '.', starting and ending with a letter or digit. Fix: use a key"
                + " such as \"example.com/tier\" or \"tier\". [label.key]");
    }

    @Test
    void rejectsLabelValueWithSpace() {
        Names.checkLabelValue(scope, "metadata.labels.team", "team a");
        assertThat(lines()).containsExactly("error Deployment/x metadata.labels.team = \"team a\": is not a valid"
                + " label value: at most 63 characters of letters, digits, '-', '_' and '.', starting and ending"
                + " with a letter or digit. Fix: shorten it or replace the other characters, e.g. \"team-a\"."
                + " [label.value]");
    }

    @Test
    void rejectsPortNamesKubernetesRejects() {
        for (String name : List.of("HTTP", "8080", "web--api", "-web", "a-very-long-port-name")) {
            Names.checkPortName(scope, "ports", name);
        }
        assertThat(problems.all()).hasSize(5).allMatch(p -> p.ruleId().equals("port.name"));
        assertThat(lines().get(0)).isEqualTo("error Deployment/x ports = \"HTTP\": is not a valid port name: at"
                + " most 15 characters of lower-case letters, digits and '-', with at least one letter, no '--'"
                + " and no '-' at either end. Fix: use a name such as \"http\", \"grpc\" or \"metrics\". [port.name]");
    }

    @Test
    void rejectsPortNumbersOutOfRange() {
        Names.checkPortNumber(scope, "containerPort", 0);
        Names.checkPortNumber(scope, "containerPort", 70000);
        assertThat(lines()).containsExactly(
                "error Deployment/x containerPort = \"0\": is not a port number: ports go from 1 to 65535."
                        + " Fix: use a port between 1 and 65535, e.g. 8080. [port.number]",
                "error Deployment/x containerPort = \"70000\": is not a port number: ports go from 1 to 65535."
                        + " Fix: use a port between 1 and 65535, e.g. 8080. [port.number]");
    }
}
