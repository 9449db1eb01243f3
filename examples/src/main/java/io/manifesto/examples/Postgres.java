package io.manifesto.examples;

import io.manifesto.config.ConfigMap;
import io.manifesto.core.Application;
import io.manifesto.security.PodSecurity;
import io.manifesto.workload.EnvVar;
import io.manifesto.workload.StatefulSet;

import static io.manifesto.Manifesto.*;

/**
 * A PostgreSQL database as a StatefulSet: one persistent volume per pod from a claim template, a headless Service
 * for stable DNS names, the password from an existing Secret (never written into the manifests), settings from a
 * ConfigMap, and probes that run {@code pg_isready}.
 */
public final class Postgres {

    private Postgres() {
    }

    /** The database settings. */
    public static ConfigMap settings() {
        return configMap("postgres-settings")
                .entry("POSTGRES_DB", "shop")
                .entry("PGDATA", "/var/lib/postgresql/data/pgdata");
    }

    /** The StatefulSet, shared by every example that runs the database. */
    public static StatefulSet database() {
        ConfigMap settings = settings();
        return statefulSet("postgres")
                .replicas(1)
                .podSecurity(PodSecurity.NONE.runAsUser(999).runAsGroup(999).fsGroup(999))
                .container(container("postgres")
                        .image("postgres:16.4")
                        .port("postgres", 5432)
                        .env(EnvVar.fromConfigMap("POSTGRES_DB", settings, "POSTGRES_DB"))
                        .env(EnvVar.fromConfigMap("PGDATA", settings, "PGDATA"))
                        .env(EnvVar.fromSecret("POSTGRES_PASSWORD", "postgres-credentials", "password"))
                        .requests(cpu("250m"), memory("512Mi"))
                        .limits(cpu("1"), memory("1Gi"))
                        .readiness(exec("pg_isready", "-U", "postgres").periodSeconds(5))
                        .liveness(exec("pg_isready", "-U", "postgres").initialDelaySeconds(30))
                        .mount("data", "/var/lib/postgresql/data"))
                .volumeClaim(volumeClaim("data", "10Gi").storageClass("managed-csi-premium"));
    }

    /** The application: settings and database. */
    public static Application define() {
        return application("inventory")
                .namespace("inventory")
                .add(settings(), database())
                .build();
    }
}
