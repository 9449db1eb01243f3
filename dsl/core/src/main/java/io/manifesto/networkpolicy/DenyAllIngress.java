package io.manifesto.networkpolicy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Optional;

/**
 * The NetworkPolicy {@code deny-all-ingress}: it selects every pod of the namespace and admits nothing, so only the
 * traffic an {@link AllowedTraffic} admits reaches a pod. Requires a network policy engine (AKS: Azure, Calico or
 * Cilium network policy); without one every policy is ignored.
 */
public final class DenyAllIngress implements SingleObjectComponent {

    /** The policy's name. */
    public static final String NAME = "deny-all-ingress";

    @Override
    public ResourceId id() {
        return new ResourceId("NetworkPolicy", NAME);
    }

    @Override
    public void validate(Model model, Problems problems) {
        // nothing of the user's to check: the name and selector are fixed
    }

    @Override
    public List<HasMetadata> render(Model model) {
        return List.of(new NetworkPolicyBuilder()
                .withNewMetadata().withName(NAME).withLabels(model.objectLabels(NAME, Optional.empty())).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector()).withPolicyTypes("Ingress").endSpec()
                .build());
    }
}
