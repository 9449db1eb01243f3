package io.manifesto.core;

import io.manifesto.objects.ResourceId;

/**
 * A component that owns the replica count of a workload, such as a HorizontalPodAutoscaler. The owned workload
 * then renders without {@code spec.replicas}, or every {@code kubectl apply} would reset the count.
 */
public interface ReplicaOwner {

    /** The workload whose replicas this component owns, e.g. {@code Deployment/shop}. */
    ResourceId ownedWorkload();

    /** The resource that owns them, e.g. {@code HorizontalPodAutoscaler/shop}, for error messages. */
    ResourceId owner();
}
