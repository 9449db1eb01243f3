package io.manifesto.identity;

import io.manifesto.lint.Lint;
import io.manifesto.validate.Problem;
import io.manifesto.workload.Deployment;
import org.junit.jupiter.api.Test;

import static io.manifesto.BuildResult.problemsOf;
import static io.manifesto.Manifesto.*;
import static org.assertj.core.api.Assertions.assertThat;

class IdentityTest {

    private static final String CLIENT_ID = "6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static Deployment orders() {
        return deployment("orders").container(container("orders").image("shop/orders:1.2.0"));
    }

    @Test
    void rendersAWorkloadIdentityAccountItsPodLabelAndARoleGrantedToIt() {
        var account = serviceAccount("orders").workloadIdentity(CLIENT_ID);
        var reader = role("config-reader").allow(Verb.read(), "configmaps");
        var app = application("shop").namespace("shop")
                .add(account, reader, reader.grantTo(account), orders().with(account)).build();

        String yaml = app.toYaml();
        assertThat(yaml).contains("""
                kind: ServiceAccount
                metadata:
                  annotations:
                    azure.workload.identity/client-id: 6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d
                """);
        assertThat(yaml).contains("""
                rules:
                - apiGroups:
                  - ""
                  resources:
                  - configmaps
                  verbs:
                  - get
                  - list
                  - watch
                """);
        assertThat(yaml).contains("""
                roleRef:
                  apiGroup: rbac.authorization.k8s.io
                  kind: Role
                  name: config-reader
                subjects:
                - kind: ServiceAccount
                  name: orders
                  namespace: shop
                """);
        assertThat(yaml).contains("        azure.workload.identity/use: \"true\"\n");
        assertThat(yaml).contains("      serviceAccountName: orders\n");
        assertThat(app.report().warnings()).isEmpty();
    }

    @Test
    void rejectsAClientIdThatIsNotAGuid() {
        var account = serviceAccount("orders").workloadIdentity("orders-identity");
        assertThat(problemsOf(application("shop").add(account, orders().with(account)))).containsExactly(
                "error ServiceAccount/orders metadata.annotations[azure.workload.identity/client-id] ="
                        + " \"orders-identity\": is not a GUID. Fix: copy the identity's client id, e.g. from az"
                        + " identity show --query clientId. [identity.client-id]");
    }

    @Test
    void rejectsPodsOfAFederatedAccountWithoutTheUseLabelInDslAndInYaml() {
        var account = serviceAccount("orders").workloadIdentity(CLIENT_ID);
        assertThat(problemsOf(application("shop").add(account, orders().serviceAccount("orders")))).containsExactly(
                "error Deployment/orders spec.template.metadata.labels[azure.workload.identity/use] = \"<none>\": the"
                        + " pods run as ServiceAccount/orders, which uses Workload Identity, but lack the label that"
                        + " makes the webhook inject the token. Fix: .with(account) on the workload instead of"
                        + " serviceAccount(\"orders\"). [identity.use-label]");

        var report = Lint.yaml("orders.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: orders
                  annotations: {azure.workload.identity/client-id: 6f1b2d3c-4e5f-4a6b-8c7d-9e0f1a2b3c4d}
                ---
                apiVersion: v1
                kind: Pod
                metadata: {name: orders}
                spec:
                  serviceAccountName: orders
                  containers: [{name: orders, image: "shop/orders:1.2.0"}]
                """);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "orders.yaml:9: error Pod/orders metadata.labels[azure.workload.identity/use] = \"<none>\": the pods"
                        + " run as ServiceAccount/orders, which uses Workload Identity, but lack the label that makes"
                        + " the webhook inject the token. Fix: add the pod label azure.workload.identity/use:"
                        + " \"true\". [identity.use-label]");
    }

    @Test
    void warnsOfPodsRunningAsAnAccountTheManifestsLack() {
        var report = application("shop").add(orders().serviceAccount("orders")).build().report();
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "warning Deployment/orders spec.template.spec.serviceAccountName = \"orders\": no ServiceAccount of"
                        + " this name is among the manifests. Fix: add serviceAccount(\"orders\") to the application"
                        + " and .with(it) on the workload, or suppress this warning if the account is created"
                        + " elsewhere. [identity.unknown-account]");
    }

    @Test
    void rejectsTwoAccountsOnOneWorkloadAndARoleThatAllowsNothing() {
        var account = serviceAccount("orders");
        var empty = role("nothing");
        assertThat(problemsOf(application("shop").add(account, empty, empty.grantTo(account),
                orders().serviceAccount("legacy").with(account)))).containsExactly(
                "error Role/nothing rules = \"<none>\": the role allows nothing. Fix: add .allow(Verb.read(),"
                        + " \"configmaps\") or another permission. [rbac.empty-role]",
                "error Deployment/orders spec.template.spec.serviceAccountName = \"legacy\": the pods are given two"
                        + " service accounts: legacy by serviceAccount(...) and orders by with(...). Fix: keep one:"
                        + " .with(account) sets the name and the Workload Identity label. [identity.two-accounts]");
    }

    @Test
    void warnsOfWildcardsUnknownVerbsAndBindingsToRolesAndAccountsTheManifestsLack() {
        var report = Lint.yaml("rbac.yaml", """
                apiVersion: rbac.authorization.k8s.io/v1
                kind: Role
                metadata: {name: admin}
                rules:
                  - apiGroups: [""]
                    resources: ["*"]
                    verbs: [get, lsit]
                ---
                apiVersion: rbac.authorization.k8s.io/v1
                kind: RoleBinding
                metadata: {name: orders-admin}
                roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: adnim}
                subjects: [{kind: ServiceAccount, name: orders}]
                """);
        assertThat(report.problems()).extracting(Problem::toString).containsExactly(
                "rbac.yaml:6: warning Role/admin rules[0].resources = \"*\": grants every resource. Fix: name the"
                        + " verbs and resources the workload needs. [rbac.wildcard]",
                "rbac.yaml:7: warning Role/admin rules[0].verbs = \"lsit\": is not a verb of the Kubernetes API."
                        + " Fix: use get, list, watch, create, update, patch, delete or deletecollection. [rbac.verb]",
                "rbac.yaml:12: warning RoleBinding/orders-admin roleRef.name = \"adnim\": no Role of this name is"
                        + " among the manifests. Fix: add the role, or suppress this warning if the cluster has it"
                        + " (such as view or edit). [rbac.unknown-role]",
                "rbac.yaml:13: warning RoleBinding/orders-admin subjects[orders] = \"orders\": no ServiceAccount of"
                        + " this name is among the manifests. Fix: add the account, or suppress this warning if it is"
                        + " created elsewhere. [rbac.unknown-subject]");
    }
}
