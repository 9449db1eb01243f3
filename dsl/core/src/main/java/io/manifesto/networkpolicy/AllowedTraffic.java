package io.manifesto.networkpolicy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPortBuilder;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Names;
import io.manifesto.validate.Problems;
import io.manifesto.workload.PortRef;
import io.manifesto.workload.Workload;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A NetworkPolicy (networking.k8s.io/v1) from intent: "web may call orders on port http", or "the ingress
 * controller's namespace may call web on port http". It selects the callee's pods and admits the caller on the named
 * container port, both from DSL references, so a renamed port or workload fails the build instead of leaving a stale
 * policy. Named {@code <callee>-from-<caller>}. Once any policy selects a pod, only what some policy admits reaches
 * it; {@link DenyAllIngress} makes that the rule for the whole namespace.
 */
public final class AllowedTraffic implements SingleObjectComponent {

    private final Caller caller;
    private final PortRef callee;

    /** Who may call: the pods of a workload, or every pod of a namespace. */
    public sealed interface Caller {
        /** The name part of the policy, {@code web} or {@code ns-ingress-nginx}. */
        String label();
    }

    /** The pods of a workload of the application. */
    public record FromWorkload(ResourceId workload) implements Caller {
        @Override
        public String label() {
            return workload.name();
        }
    }

    /** Every pod of a namespace, by its {@code kubernetes.io/metadata.name} label. */
    public record FromNamespace(String namespace) implements Caller {
        @Override
        public String label() {
            return "ns-" + namespace;
        }
    }

    AllowedTraffic(Caller caller, PortRef callee) {
        this.caller = caller;
        this.callee = callee;
    }

    /** {@code metadata.name}: {@code <callee>-from-<caller>}. */
    public String name() {
        return (callee == null ? "" : callee.workload().name()) + "-from-" + (caller == null ? "" : caller.label());
    }

    @Override
    public ResourceId id() {
        return new ResourceId("NetworkPolicy", name());
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        if (caller == null || callee == null) {
            new MissingValue("spec", "allow(...).toCall(...)").report(scope);
            return;
        }
        Names.checkDns1123Subdomain(scope, "metadata.name", name());
        if (caller instanceof FromNamespace from) {
            Names.checkDns1123Label(scope, "spec.ingress[0].from[0].namespaceSelector", from.namespace());
        }
        // the workloads and the port are checked on the rendered policy, as any policy is: NetworkPolicyRules
    }

    @Override
    public List<HasMetadata> render(Model model) {
        NetworkPolicyPeer peer = caller instanceof FromWorkload from
                ? new NetworkPolicyPeerBuilder().withPodSelector(selector(model, from.workload().name())).build()
                : new NetworkPolicyPeerBuilder().withNamespaceSelector(new LabelSelector(null,
                Map.of("kubernetes.io/metadata.name", ((FromNamespace) caller).namespace()))).build();
        return List.of(new NetworkPolicyBuilder()
                .withNewMetadata().withName(name()).withLabels(model.objectLabels(name(), Optional.empty()))
                .endMetadata()
                .withNewSpec()
                .withPodSelector(selector(model, callee.workload().name()))
                .withPolicyTypes("Ingress")
                .addNewIngress().withFrom(peer)
                .withPorts(new NetworkPolicyPortBuilder().withPort(new IntOrString(callee.portName()))
                        .withProtocol(protocol(model)).build())
                .endIngress()
                .endSpec().build());
    }

    /** The protocol of the callee's port: a policy on TCP would not admit a UDP port of the same name. */
    private String protocol(Model model) {
        return model.component(callee.workload(), Workload.class)
                .flatMap(workload -> ((Workload<?>) workload).containerPort(callee.portName()))
                .map(port -> port.protocol().name()).orElse("TCP");
    }

    private static LabelSelector selector(Model model, String workload) {
        return new LabelSelector(null, model.labels(workload, Optional.empty()).selector());
    }
}
