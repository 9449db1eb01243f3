package io.manifesto.annotations;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A DNS01 solver on Azure DNS, as the DSL's {@code dns01(azureDns(subscriptionId, resourceGroup)...)}. */
@Retention(RetentionPolicy.SOURCE)
@Target({})
public @interface AzureDnsSolver {

    /** {@code azureDNS.subscriptionID}. */
    String subscriptionId();

    /** {@code azureDNS.resourceGroupName}: the resource group of the DNS zone. */
    String resourceGroup();

    /** {@code azureDNS.hostedZoneName}; optional. */
    String hostedZone() default "";

    /** {@code azureDNS.managedIdentity.clientID}; optional, exclusive with {@link #managedIdentityResourceId()}. */
    String managedIdentityClientId() default "";

    /** {@code azureDNS.managedIdentity.resourceID}; optional. */
    String managedIdentityResourceId() default "";
}
