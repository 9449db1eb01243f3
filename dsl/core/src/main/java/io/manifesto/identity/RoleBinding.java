package io.manifesto.identity;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBindingBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import io.fabric8.kubernetes.api.model.rbac.SubjectBuilder;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Problems;

import java.util.List;
import java.util.Optional;

/**
 * A RoleBinding (or ClusterRoleBinding) granting a {@link Role} to a {@link ServiceAccount}, made by
 * {@link Role#grantTo(ServiceAccount)}: named {@code <role>-<account>}, both referred to by the DSL values, so a
 * renamed role or account cannot leave a stale binding.
 */
public final class RoleBinding implements SingleObjectComponent {

    private final Role role;
    private final ServiceAccount account;

    RoleBinding(Role role, ServiceAccount account) {
        this.role = role;
        this.account = account;
    }

    /** {@code metadata.name}: {@code <role>-<account>}. */
    public String name() {
        return role.name() + "-" + (account == null ? "" : account.name());
    }

    @Override
    public ResourceId id() {
        return new ResourceId(role.isClusterWide() ? "ClusterRoleBinding" : "RoleBinding", name());
    }

    @Override
    public void validate(Model model, Problems problems) {
        if (account == null) {
            new MissingValue("subjects", "grantTo(...)").report(problems.at(id().toString()));
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        RoleRef ref = new RoleRef("rbac.authorization.k8s.io", role.id().kind(), role.name());
        Subject subject = new SubjectBuilder().withKind("ServiceAccount").withName(account.name())
                .withNamespace(model.namespace().orElse(null)).build();
        var labels = model.objectLabels(name(), Optional.empty());
        if (role.isClusterWide()) {
            return List.of(new ClusterRoleBindingBuilder().withNewMetadata().withName(name()).withLabels(labels)
                    .endMetadata().withRoleRef(ref).withSubjects(subject).build());
        }
        return List.of(new RoleBindingBuilder().withNewMetadata().withName(name()).withLabels(labels).endMetadata()
                .withRoleRef(ref).withSubjects(subject).build());
    }
}
