package io.manifesto.annotations.decorator;

import io.dekorate.kubernetes.decorator.AddIngressDecorator;
import io.dekorate.kubernetes.decorator.AddIngressRuleDecorator;
import io.dekorate.kubernetes.decorator.AddIngressTlsDecorator;
import io.dekorate.kubernetes.decorator.Decorator;
import io.dekorate.kubernetes.decorator.NamedResourceDecorator;
import io.dekorate.kubernetes.decorator.ResourceProvidingDecorator;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.IngressSpecFluent;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import java.util.List;
import java.util.Objects;

/**
 * Sets the {@code spec.tls} sections of the named Ingress, replacing any dekorate wrote from
 * {@code @Ingress(tlsSecretName = ...)}: cert-manager issues one certificate per section, for exactly its hosts.
 */
public final class ApplyIngressTlsDecorator extends NamedResourceDecorator<IngressSpecFluent<?>> {

    private final List<IngressTLS> tls;

    /** Sets {@code tls} on the Ingress {@code name}. */
    public ApplyIngressTlsDecorator(String name, List<IngressTLS> tls) {
        super("Ingress", name);
        this.tls = List.copyOf(tls);
    }

    @Override
    public void andThenVisit(IngressSpecFluent<?> spec, ObjectMeta resource) {
        spec.withTls(tls);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"}) // dekorate's signature: an array of raw decorator classes
    public Class<? extends Decorator>[] after() {
        return new Class[] {ResourceProvidingDecorator.class, AddIngressDecorator.class, AddIngressRuleDecorator.class,
                AddIngressTlsDecorator.class};
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplyIngressTlsDecorator that && Objects.equals(name, that.name)
                && tls.equals(that.tls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, tls);
    }
}
