package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.ApplyReplicasToDeploymentDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpecFluent;

import java.util.Objects;

/**
 * Leaves {@code spec.replicas} out of the named Deployment, which an autoscaler owns: dekorate always writes
 * {@code replicas: 1}, and each {@code kubectl apply} would reset the autoscaler's count to it.
 */
public final class RemoveReplicasDecorator extends NamedResourceDecorator<DeploymentSpecFluent<?>> {

    /** Removes the replicas of the Deployment {@code name}. */
    public RemoveReplicasDecorator(String name) {
        super("Deployment", name);
    }

    @Override
    public void andThenVisit(DeploymentSpecFluent<?> spec, ObjectMeta resource) {
        spec.withReplicas(null);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, ApplyReplicasToDeploymentDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoveReplicasDecorator that && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
