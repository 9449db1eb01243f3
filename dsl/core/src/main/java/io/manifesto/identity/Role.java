package io.manifesto.identity;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.rbac.ClusterRoleBuilder;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.PolicyRuleBuilder;
import io.fabric8.kubernetes.api.model.rbac.RoleBuilder;
import io.manifesto.core.Labels;
import io.manifesto.core.Model;
import io.manifesto.core.SingleObjectComponent;
import io.manifesto.objects.ResourceId;
import io.manifesto.validate.Nulls;
import io.manifesto.validate.Problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Role (rbac.authorization.k8s.io/v1): permissions in the application's namespace; or, with
 * {@link #clusterWide()}, a ClusterRole for cluster-scoped resources. Grant it with {@link #grantTo(ServiceAccount)}.
 * Immutable: every method returns a new value.
 */
public final class Role implements SingleObjectComponent {

    private final String name;
    private final boolean clusterWide;
    private final List<Permission> permissions;
    private final Nulls missing;

    private Role(String name, boolean clusterWide, List<Permission> permissions, Nulls missing) {
        this.name = name;
        this.clusterWide = clusterWide;
        this.permissions = List.copyOf(permissions);
        this.missing = missing;
    }

    /** A Role named {@code name} ({@code metadata.name}), allowing nothing yet. */
    public static Role named(String name) {
        return new Role(name == null ? "" : name, false, List.of(), Nulls.ofName(name, "role(...)"));
    }

    /** This role allowing {@code verbs} on core-group {@code resources}: {@code allow(Verb.read(), "configmaps")}. */
    public Role allow(Verb[] verbs, String... resources) {
        return allow(Permission.to(verbs == null ? List.of() : List.of(verbs), resources));
    }

    /** This role with {@code permission} added to {@code rules}. */
    public Role allow(Permission permission) {
        List<Permission> copy = new ArrayList<>(permissions);
        copy.add(permission == null ? new Permission("", List.of(), List.of(), List.of()) : permission);
        return new Role(name, clusterWide, copy, missing);
    }

    /** A ClusterRole instead: its permissions hold in every namespace once bound with a ClusterRoleBinding. */
    public Role clusterWide() {
        return new Role(name, true, permissions, missing);
    }

    /**
     * The RoleBinding (ClusterRoleBinding for a cluster-wide role) named {@code <role>-<account>} that grants this
     * role to {@code account}.
     */
    public RoleBinding grantTo(ServiceAccount account) {
        return new RoleBinding(this, account);
    }

    /** {@code metadata.name}. */
    public String name() {
        return name;
    }

    /** {@code true} for a ClusterRole. */
    public boolean isClusterWide() {
        return clusterWide;
    }

    @Override
    public ResourceId id() {
        return new ResourceId(clusterWide ? "ClusterRole" : "Role", name);
    }

    @Override
    public void validate(Model model, Problems problems) {
        Problems.Scope scope = problems.at(id().toString());
        missing.report(scope);
        Labels.checkComponentName(scope, name);
        if (permissions.isEmpty()) {
            scope.error(IdentityDslRules.EMPTY_ROLE.id(), "rules", null, "the role allows nothing",
                    "add .allow(Verb.read(), \"configmaps\") or another permission");
        }
    }

    @Override
    public List<HasMetadata> render(Model model) {
        List<PolicyRule> rules = permissions.stream().map(permission -> new PolicyRuleBuilder()
                .withApiGroups(permission.apiGroup())
                .withResources(permission.resources())
                .withVerbs(permission.verbs().stream().map(Verb::apiName).toList())
                .withResourceNames(permission.resourceNames().isEmpty() ? null : permission.resourceNames())
                .build()).toList();
        var labels = model.objectLabels(name, Optional.empty());
        if (clusterWide) {
            return List.of(new ClusterRoleBuilder().withNewMetadata().withName(name).withLabels(labels)
                    .endMetadata().withRules(rules).build());
        }
        return List.of(new RoleBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withRules(rules).build());
    }
}
