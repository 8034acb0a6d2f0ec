package th.sso.hotline.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file under {@code deploy/} is read the way its tool reads it: each Kubernetes object into fabric8's typed
 * model, failing on any field the API does not have (a typo such as {@code readinessProbes} would otherwise be
 * dropped silently by the cluster's client-side defaulting), and the compose file against the compose-spec JSON
 * schema (src/test/resources/deploy/compose-spec.json, from the compose-spec repository). Then the cross-references
 * a schema cannot see: selectors and labels, probe paths, names of ConfigMaps and Secrets, the index volume.
 */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Class<?>> KINDS = Map.of(
            "apps/v1/Deployment", Deployment.class,
            "v1/Service", Service.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    @Test
    void everyKubernetesManifestIsAKnownObjectWithNoUnknownField() throws IOException {
        List<Object> objects = kubernetesObjects();
        assertThat(objects).extracting(o -> o.getClass().getSimpleName())
                .contains("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "ConfigMap", "Secret");
        for (Object o : objects) {
            assertThat(unknownFields(o, "", new IdentityHashMap<>())).as(o.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void anUnknownFieldIsCaught() throws IOException {
        JsonNode tree = YAML.readTree("apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {selectorr: {a: b}}\n");
        Object service = YAML.treeToValue(tree, Service.class);
        assertThat(unknownFields(service, "", new IdentityHashMap<>())).containsExactly("/spec/selectorr");
    }

    @Test
    void theDeploymentProbesHealthRunsAsNonRootWithLimitsAndKeepsTheIndexOnAnEmptyDir() throws IOException {
        Deployment deployment = only(Deployment.class);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        Container hotline = pod.getContainers().get(0);
        assertThat(hotline.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/health");
        assertThat(hotline.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/health");
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(hotline.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(hotline.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(hotline.getResources().getLimits()).containsKey("memory");
        assertThat(hotline.getPorts()).anySatisfy(p -> assertThat(p.getContainerPort()).isEqualTo(8080));

        String indexVolume = hotline.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/app/data"))
                .findFirst().orElseThrow().getName();
        Volume index = pod.getVolumes().stream().filter(v -> v.getName().equals(indexVolume)).findFirst().orElseThrow();
        assertThat(index.getEmptyDir()).isNotNull();
        assertThat(hotline.getVolumeMounts()).allSatisfy(m ->
                assertThat(pod.getVolumes()).extracting(Volume::getName).contains(m.getName()));

        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(only(Service.class).getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(only(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
        HorizontalPodAutoscaler hpa = only(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyConfigMapAndSecretTheDeploymentNamesIsShipped() throws IOException {
        PodSpec pod = only(Deployment.class).getSpec().getTemplate().getSpec();
        List<String> configMaps = objectsOf(ConfigMap.class).stream().map(c -> c.getMetadata().getName()).toList();
        List<Secret> secrets = objectsOf(Secret.class);
        List<String> secretNames = secrets.stream().map(s -> s.getMetadata().getName()).toList();
        pod.getContainers().get(0).getEnvFrom().forEach(e -> {
            if (e.getConfigMapRef() != null) {
                assertThat(configMaps).contains(e.getConfigMapRef().getName());
            }
            if (e.getSecretRef() != null) {
                assertThat(secretNames).contains(e.getSecretRef().getName());
            }
        });
        for (Volume v : pod.getVolumes()) {
            if (v.getSecret() != null) {
                Secret s = secrets.stream().filter(x -> x.getMetadata().getName().equals(v.getSecret().getSecretName()))
                        .findFirst().orElseThrow();
                pod.getContainers().get(0).getEnv().stream().filter(e -> e.getName().endsWith("_FILE"))
                        .forEach(e -> assertThat(s.getStringData()).containsKey(Path.of(e.getValue()).getFileName().toString()));
            }
        }
    }

    @Test
    void theComposeFileFollowsTheComposeSpecAndRunsTwoReplicasBehindCaddy() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        assertThat(composeErrors(compose)).isEmpty();

        JsonNode services = compose.path("services");
        assertThat(services.path("hotline").path("deploy").path("replicas").asInt()).isEqualTo(2);
        assertThat(services.path("db").path("image").asText()).startsWith("postgres:");
        assertThat(services.path("caddy").path("image").asText()).startsWith("caddy:");
        assertThat(services.path("hotline").path("healthcheck").path("test").toString()).contains("/health");
        assertThat(Files.readString(DEPLOY.resolve("Caddyfile"))).contains("reverse_proxy hotline:8080");

        // Secrets come from env files that are never committed: each has an example, and git ignores the real one.
        String gitignore = Files.readString(Path.of(".gitignore"));
        assertThat(gitignore).contains("deploy/*.env");
        for (JsonNode service : services) {
            for (JsonNode file : service.path("env_file")) {
                assertThat(DEPLOY.resolve(file.asText() + ".example")).exists();
            }
        }
    }

    @Test
    void theSchemaCheckRejectsAWrongCompose() throws IOException {
        ObjectNode compose = (ObjectNode) YAML.readTree(DEPLOY.resolve("compose.yaml").toFile());
        ((ObjectNode) compose.path("services").path("hotline")).put("env_files", "hotline.env");
        ((ObjectNode) compose.path("services").path("db")).put("volumes", "pgdata:/var/lib/postgresql/data");
        assertThat(composeErrors(compose)).extracting(m -> m.getInstanceLocation() + " " + m.getMessage())
                .anySatisfy(m -> assertThat(m).contains("hotline").contains("env_files"))
                .anySatisfy(m -> assertThat(m).contains("db").contains("volumes"));
    }

    private static Set<ValidationMessage> composeErrors(JsonNode compose) {
        // Loaded by location, so that the schema's relative $id resolves against it.
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:deploy/compose-spec.json"));
        return validator.validate(compose);
    }

    private static <T> T only(Class<T> type) throws IOException {
        List<T> found = objectsOf(type);
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static <T> List<T> objectsOf(Class<T> type) throws IOException {
        return kubernetesObjects().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<Object> kubernetesObjects() throws IOException {
        List<Object> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("k8s"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
                    for (JsonNode doc : YAML.readValues(parser, JsonNode.class).readAll()) {
                        String kind = doc.path("apiVersion").asText() + "/" + doc.path("kind").asText();
                        assertThat(KINDS).as(file + ": " + kind).containsKey(kind);
                        objects.add(YAML.treeToValue(doc, KINDS.get(kind)));
                    }
                }
            }
        }
        return objects;
    }

    /**
     * fabric8's model keeps a field it does not know in {@code additionalProperties} instead of failing; every
     * such field anywhere in the object is a mistake in the manifest.
     */
    private static List<String> unknownFields(Object node, String path, Map<Object, Boolean> seen) {
        List<String> found = new ArrayList<>();
        if (node == null || seen.put(node, true) != null) {
            return found;
        }
        if (node instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                found.addAll(unknownFields(item, path + "/" + i++, seen));
            }
            return found;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> found.addAll(unknownFields(v, path + "/" + k, seen)));
            return found;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.")) {
            return found;
        }
        Map<String, Object> children = new LinkedHashMap<>();
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getName().equals("getClass")) {
                continue;
            }
            try {
                Object value = m.invoke(node);
                if (m.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(k -> found.add(path + "/" + k));
                } else {
                    children.put(m.getName().substring(3), value);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        children.forEach((name, value) -> found.addAll(unknownFields(value, path + "/"
                + Character.toLowerCase(name.charAt(0)) + name.substring(1), seen)));
        return found;
    }
}
