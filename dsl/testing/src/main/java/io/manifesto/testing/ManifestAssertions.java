package io.manifesto.testing;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.manifesto.core.Application;
import io.manifesto.environment.Drift;
import java.util.List;

/**
 * Entry point of the manifest assertions: {@code import static
 * io.manifesto.testing.ManifestAssertions.assertThat;}, then navigate from the rendered set to a
 * resource and check it in the words of the domain.
 *
 * <pre>{@code
 * assertThat(resources).deployment("shop").container("web").hasCpuLimit("200m");
 * assertThat(resources).horizontalPodAutoscaler("shop").scales("Deployment", "shop");
 * }</pre>
 *
 * <p>The class can be extended to gather a project's own assertions under one entry point.
 */
public class ManifestAssertions {

    /** Only for subclasses that add their own {@code assertThat} overloads. */
    protected ManifestAssertions() {}

    /**
     * Starts assertions on a rendered set of resources, in the order they are applied.
     *
     * @param resources the rendered fabric8 objects
     * @return assertions on the whole set, from which single resources can be picked
     */
    public static ManifestsAssert assertThat(List<? extends HasMetadata> resources) {
        return new ManifestsAssert(resources);
    }

    /**
     * Starts assertions on a built application's rendered resources, in apply order.
     *
     * @param application a built application
     * @return assertions on its resources
     */
    public static ManifestsAssert assertThat(Application application) {
        return new ManifestsAssert(application == null ? null : application.resources());
    }

    /**
     * Starts assertions on what differs between two environments, e.g.
     * {@code assertThat(Manifesto.diff(staging, prod)).differsOnlyIn("spec.replicas", ...)}.
     *
     * @param drift the drift report
     * @return assertions on it
     */
    public static DriftAssert assertThat(Drift drift) {
        return new DriftAssert(drift);
    }
}
