package io.manifesto.identity.rules;

import io.manifesto.identity.ServiceAccount;
import io.manifesto.objects.PodTemplate;
import io.manifesto.objects.ResolvedSet;
import io.manifesto.objects.Resource;
import io.manifesto.rules.Findings;
import io.manifesto.rules.Fix;
import io.manifesto.rules.RuleInfo;
import io.manifesto.rules.RuleSet;
import io.manifesto.validate.Names;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Service accounts and Azure Workload Identity: the client id is a GUID, pods that run as a federated account carry
 * the label the webhook looks for, and pods name an account the set has.
 */
public final class WorkloadIdentityRules implements RuleSet {

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** A Workload Identity client or tenant id that is not a GUID. */
    public static final RuleInfo CLIENT_ID = RuleInfo.error("identity.client-id",
            "a Workload Identity client id (and tenant id) is a GUID",
            "the webhook passes the annotation to Entra ID as AZURE_CLIENT_ID; anything but the identity's GUID"
                    + " makes every token request fail at run time");
    /** A pod running as a federated account without the use label. */
    public static final RuleInfo USE_LABEL = RuleInfo.error("identity.use-label",
            "pods that run as a Workload Identity account carry the label azure.workload.identity/use: \"true\"",
            "the webhook injects the federated token only into pods with that label; without it the pod has no"
                    + " Azure credentials and fails when it first calls Azure");
    /** A pod naming a service account the set lacks. */
    public static final RuleInfo UNKNOWN_ACCOUNT = RuleInfo.warning("identity.unknown-account",
            "pods run as a service account the manifests create",
            "the API server refuses to create pods whose service account does not exist in the namespace, so the"
                    + " workload never gets a pod unless the account is created some other way");

    @Override
    public List<RuleInfo> rules() {
        return List.of(CLIENT_ID, USE_LABEL, UNKNOWN_ACCOUNT);
    }

    @Override
    public void check(ResolvedSet set, Findings findings) {
        for (Resource account : set.ofKind("ServiceAccount")) {
            for (String key : List.of(ServiceAccount.CLIENT_ID_ANNOTATION, ServiceAccount.TENANT_ID_ANNOTATION)) {
                String id = account.annotations().get(key);
                if (id != null && !GUID.matcher(id).matches()) {
                    findings.on(account).report(CLIENT_ID, "metadata.annotations[" + key + "]", id,
                            "is not a GUID", Fix.of("copy the identity's "
                                    + (key.equals(ServiceAccount.CLIENT_ID_ANNOTATION) ? "client" : "tenant")
                                    + " id, e.g. from az identity show --query clientId"));
                }
            }
        }
        for (Resource workload : set.workloads()) {
            PodTemplate pods = set.pods(workload).orElseThrow();
            String name = pods.spec().getServiceAccountName();
            // an invalid name is the name check's finding; the default account always exists
            if (name == null || name.equals("default") || !Names.isDns1123Subdomain(name)) {
                continue;
            }
            Findings.On spec = findings.on(workload).field(pods.specPath());
            Optional<Resource> account = set.find("ServiceAccount", workload.namespace(), name);
            if (account.isEmpty()) {
                spec.report(UNKNOWN_ACCOUNT, "serviceAccountName", name,
                        "no ServiceAccount of this name is among the manifests",
                        Fix.of("add serviceAccount(\"" + name + "\") to the application and .with(it) on the"
                                        + " workload, or suppress this warning if the account is created elsewhere",
                                "add the ServiceAccount " + name + ", or suppress this warning if the account is"
                                        + " created elsewhere"));
            } else if (account.get().annotations().containsKey(ServiceAccount.CLIENT_ID_ANNOTATION)
                    && !"true".equals(pods.labels().get(ServiceAccount.USE_LABEL))) {
                findings.on(workload).field(pods.path()).report(USE_LABEL,
                        "metadata.labels[" + ServiceAccount.USE_LABEL + "]", pods.labels().get(ServiceAccount.USE_LABEL),
                        "the pods run as ServiceAccount/" + name + ", which uses Workload Identity, but lack the"
                                + " label that makes the webhook inject the token",
                        Fix.of(".with(account) on the workload instead of serviceAccount(\"" + name + "\")",
                                "add the pod label " + ServiceAccount.USE_LABEL + ": \"true\""));
            }
        }
    }
}
