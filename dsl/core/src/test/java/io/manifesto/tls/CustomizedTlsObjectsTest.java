package io.manifesto.tls;

import io.fabric8.certmanager.api.model.v1.ClusterIssuerBuilder;
import io.fabric8.kubernetes.api.model.Duration;
import io.manifesto.core.Application;
import io.manifesto.validate.Problem;
import io.manifesto.validate.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The TLS object rules see a customized Certificate and an Issuer added as a raw object, with manifest fixes. */
class CustomizedTlsObjectsTest {

    private static List<String> problems(Application.Builder builder) {
        return catchThrowableOfType(ValidationException.class, builder::build).problems().stream()
                .map(Problem::toString).toList();
    }

    @Test
    void rejectsACustomizedDurationBelowTheMinimumAndARenewBeforeAtTheDuration() {
        assertThat(problems(application("shop").namespace("shop")
                .add(Certificate.named("c", IssuerRef.clusterIssuer("internal-ca")).dnsNames("shop.example.com"))
                .customize(io.fabric8.certmanager.api.model.v1.Certificate.class, "c", c -> {
                    c.getSpec().setDuration(new Duration(java.time.Duration.ofMinutes(30)));
                    c.getSpec().setRenewBefore(new Duration(java.time.Duration.ofMinutes(90)));
                }))).containsExactly(
                "error Certificate/c spec.duration = \"30m\": is below 1h, the shortest duration cert-manager's"
                        + " webhook accepts, so the API server refuses the Certificate. Fix: use a duration of at"
                        + " least 1h. [certificate.duration-minimum]",
                "error Certificate/c spec.renewBefore = \"1h30m\": renewBefore must be below the duration (30m), or"
                        + " cert-manager renews the certificate as soon as it is issued. Fix: use a renewBefore"
                        + " shorter than 30m, e.g. a third of it. [certificate.renew-before]");
    }

    @Test
    void rejectsANameThatNoSolverOfARawClusterIssuerSelects() {
        var raw = new ClusterIssuerBuilder().withNewMetadata().withName("raw").endMetadata().withNewSpec()
                .withNewAcme().withServer(Acme.LETS_ENCRYPT_PRODUCTION).withEmail("ops@contoso.com")
                .withNewPrivateKeySecretRef().withName("raw-account-key").endPrivateKeySecretRef()
                .addNewSolver().withNewSelector().withDnsZones("contoso.com").endSelector().withNewHttp01()
                .withNewIngress().withIngressClassName("nginx").endIngress().endHttp01().endSolver()
                .endAcme().endSpec().build();
        assertThat(problems(application("shop").namespace("shop").add(raw)
                .add(Certificate.named("c", IssuerRef.clusterIssuer("raw")).dnsNames("shop.fabrikam.com")))).containsExactly(
                "error Certificate/c spec.dnsNames[0] = \"shop.fabrikam.com\": no solver of ClusterIssuer/raw applies"
                        + " to this name: solvers[0] (HTTP01) selects dnsZones [contoso.com], and cert-manager fails"
                        + " the order when it can pick no solver (a selector matches a name that is one of its"
                        + " dnsNames and lies in one of its dnsZones, each where set). Fix: add a solver for it to"
                        + " ClusterIssuer/raw, e.g. .solver(Solver.dns01(AzureDns.of(...))"
                        + ".forDnsNames(\"shop.fabrikam.com\")), or widen a solver's selector. [tls.no-solver]");
    }
}
