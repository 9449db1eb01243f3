package io.manifesto.tls;

import io.fabric8.certmanager.api.model.acme.v1.ACMEIssuerDNS01ProviderAzureDNS;
import io.fabric8.certmanager.api.model.acme.v1.AzureManagedIdentity;

import io.manifesto.validate.MissingValue;
import io.manifesto.validate.Nulls;

import java.util.List;
import java.util.Optional;

/**
 * The DNS01 challenge on Azure DNS: {@code dns01.azureDNS}. cert-manager writes a TXT record into the zone, which is
 * what lets ACME issue wildcard certificates. Immutable: every method returns a new value.
 *
 * @param subscriptionId  {@code subscriptionID}
 * @param resourceGroup   {@code resourceGroupName}
 * @param hostedZone      {@code hostedZoneName}, or {@code null} to let cert-manager find the zone
 * @param environment     {@code environment}, or {@code null} for cert-manager's default (AzurePublicCloud)
 * @param managedIdentity {@code managedIdentity}, or {@code null} for the pod's ambient identity
 * @param missingValues   the {@code null}s passed to the methods below (fields relative to {@code azureDNS}): an
 *                        unset field is {@code null} too, so a {@code null} passed is remembered here, and the issuer
 *                        reports it as {@code input.null}
 */
public record AzureDns(String subscriptionId, String resourceGroup, String hostedZone, AzureEnvironment environment,
                       ManagedIdentity managedIdentity, List<MissingValue> missingValues) {

    /** Azure DNS settings; a {@code null} list of missing values is none. */
    public AzureDns {
        missingValues = missingValues == null ? List.of() : List.copyOf(missingValues);
    }

    /** Azure DNS settings, with nothing missing. */
    public AzureDns(String subscriptionId, String resourceGroup, String hostedZone, AzureEnvironment environment,
                    ManagedIdentity managedIdentity) {
        this(subscriptionId, resourceGroup, hostedZone, environment, managedIdentity, List.of());
    }

    /** Azure DNS in subscription {@code subscriptionId}, zone in resource group {@code resourceGroup}. */
    public static AzureDns of(String subscriptionId, String resourceGroup) {
        return new AzureDns(subscriptionId, resourceGroup, null, null, null);
    }

    /** {@code hostedZoneName}: the DNS zone, e.g. {@code example.com}. */
    public AzureDns hostedZone(String zone) {
        return new AzureDns(subscriptionId, resourceGroup, zone == null ? hostedZone : zone, environment,
                managedIdentity, remember(zone, "hostedZoneName", "hostedZone(...)"));
    }

    /** {@code environment}: the Azure cloud. */
    public AzureDns environment(AzureEnvironment cloud) {
        return new AzureDns(subscriptionId, resourceGroup, hostedZone, cloud == null ? environment : cloud,
                managedIdentity, remember(cloud, "environment", "environment(...)"));
    }

    /** {@code managedIdentity}: the identity allowed to write the zone (DNS Zone Contributor). */
    public AzureDns managedIdentity(ManagedIdentity identity) {
        return new AzureDns(subscriptionId, resourceGroup, hostedZone, environment,
                identity == null ? managedIdentity : identity, remember(identity, "managedIdentity",
                "managedIdentity(...)"));
    }

    private List<MissingValue> remember(Object value, String field, String method) {
        return new Nulls(missingValues).remember(value, field, method).values();
    }

    /** The managed identity, if set. */
    public Optional<ManagedIdentity> identity() {
        return Optional.ofNullable(managedIdentity);
    }

    /** These settings as {@code dns01.azureDNS}. */
    ACMEIssuerDNS01ProviderAzureDNS render() {
        ACMEIssuerDNS01ProviderAzureDNS azure = new ACMEIssuerDNS01ProviderAzureDNS();
        azure.setSubscriptionID(subscriptionId);
        azure.setResourceGroupName(resourceGroup);
        azure.setHostedZoneName(hostedZone);
        azure.setEnvironment(environment == null ? null : environment.value());
        identity().ifPresent(identity -> {
            AzureManagedIdentity managed = new AzureManagedIdentity();
            managed.setClientID(identity.clientId());
            managed.setResourceID(identity.resourceId());
            azure.setManagedIdentity(managed);
        });
        return azure;
    }
}
