package io.algogate.gateway.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The top-level Dockerfile and docker-compose.yaml, checked statically: base images cannot be
 * pulled on the build machines, so the image is never built here, but what matters for security
 * (who the server runs as, the home's permissions, what stays out of the image) can be read.
 */
class ContainerFilesTest {

    private static final Path CHECKOUT = Path.of("..");
    private static final Pattern CHMOD = Pattern.compile("chmod\\s+(\\d{3,4})\\s+([^&;]+)");
    private static final Pattern ARG_DEFAULT = Pattern.compile("(\\w+)=(\\S+)");

    /** One Dockerfile instruction, continuation lines joined. */
    record Instruction(String keyword, String arguments) {
    }

    @Test
    void buildsInAMavenStageAndRunsOnPinnedKernelSlimOpenLiberty() throws IOException {
        List<List<Instruction>> stages = stages();
        assertTrue(stages.size() >= 2, "multi-stage: a build stage, then the runtime");
        Map<String, String> args = globalArgs();

        String buildImage = resolve(stages.get(0).get(0).arguments(), args);
        assertTrue(buildImage.startsWith("maven:") && buildImage.endsWith(" AS build"), buildImage);

        String runtimeImage = resolve(last(stages).get(0).arguments(), args);
        assertTrue(runtimeImage.startsWith("icr.io/appcafe/open-liberty:"), runtimeImage);
        assertTrue(runtimeImage.contains("-kernel-slim-"), "the smallest Liberty image: " + runtimeImage);
        assertTrue(runtimeImage.matches(".*:\\d+\\.\\d+\\.\\d+\\.\\d+-.*"), "a pinned Liberty release: " + runtimeImage);
        assertFalse(buildImage.contains(":latest") || runtimeImage.contains(":latest"));
    }

    @Test
    void theServerRunsAsLibertysNonRootUser() throws IOException {
        List<Instruction> runtime = last(stages());
        String user = runtime.stream().filter(i -> i.keyword().equals("USER")).reduce((a, b) -> b)
                .map(Instruction::arguments).orElse("root");
        assertEquals("1001", user, "the last USER of the runtime stage");
        assertNotEquals("root", user);
        int lastUser = lastIndexOf(runtime, "USER");
        int lastRun = lastIndexOf(runtime, "RUN");
        assertTrue(lastRun > lastUser, "configure.sh runs as the server's user");
        assertTrue(runtime.get(lastRun).arguments().startsWith("configure.sh"), "configure.sh runs last");
        assertTrue(runtime.stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().startsWith("features.sh")),
                "features.sh installs server.xml's features into kernel-slim");
    }

    @Test
    void theHomeHasTheSeedsPermissionsAndBelongsToTheServersUser() throws IOException {
        List<Instruction> runtime = last(stages());
        assertTrue(runtime.stream().anyMatch(i -> i.keyword().equals("ENV")
                && i.arguments().contains("ALGOGATE_HOME=/opt/algogate")
                && i.arguments().contains("ALGOGATE_LOGS_DIR=/opt/algogate/logs")), "the home and its logs/");
        Map<String, String> modes = new HashMap<>();
        boolean ownedByServerUser = false;
        for (Instruction run : runtime) {
            if (!run.keyword().equals("RUN")) {
                continue;
            }
            Matcher chmod = CHMOD.matcher(run.arguments());
            while (chmod.find()) {
                for (String path : chmod.group(2).trim().split("\\s+")) {
                    modes.put(path, chmod.group(1));
                }
            }
            ownedByServerUser |= run.arguments().contains("chown -R 1001:0 /opt/algogate");
        }
        assertTrue(ownedByServerUser, "the home belongs to user 1001");
        assertEquals("700", modes.get("/opt/algogate/secrets"), "keys and secrets: owner only");
        assertEquals("700", modes.get("/opt/algogate/data"), "databases: owner only");
        assertEquals("755", modes.get("/opt/algogate/plugins"));
        assertEquals("755", modes.get("/opt/algogate/logs"));
        assertFalse(modes.containsValue("777"), "nothing world-writable");
    }

    @Test
    void noBuildCacheOrTemporaryFilesStayInTheImage() throws IOException {
        List<List<Instruction>> stages = stages();
        assertTrue(stages.get(0).stream().anyMatch(i -> i.keyword().equals("RUN")
                && i.arguments().startsWith("--mount=type=cache,target=/root/.m2")), "Maven's cache is a cache mount");
        assertTrue(last(stages).stream().anyMatch(i -> i.keyword().equals("RUN") && i.arguments().contains("rm -rf /tmp/*")));
        String ignored = Files.readString(CHECKOUT.resolve(".dockerignore"));
        assertTrue(ignored.contains("**/target/") && ignored.contains(".git/"), "build output and history stay out");
    }

    @Test
    void composeKeepsTheHomeInANamedVolumeMountsConfigReadOnlyAndRestarts() throws IOException {
        String compose = Files.readString(CHECKOUT.resolve("docker-compose.yaml"));
        assertTrue(compose.contains("restart: unless-stopped"), "a restart policy");
        assertTrue(compose.contains("- algogate-home:/opt/algogate"), "the home in a named volume");
        assertTrue(compose.matches("(?s).*\nvolumes:\n  algogate-home:.*"), "declared as a named volume");
        assertTrue(compose.contains("- ./deploy/config:/config/configDropins/overrides:ro"), "configuration read-only");
        assertFalse(compose.contains("user: root") || compose.contains("privileged: true"));
    }

    private static List<List<Instruction>> stages() throws IOException {
        List<List<Instruction>> stages = new ArrayList<>();
        for (Instruction instruction : instructions()) {
            if (instruction.keyword().equals("FROM")) {
                stages.add(new ArrayList<>());
            }
            if (!stages.isEmpty()) {
                last(stages).add(instruction);
            }
        }
        return stages;
    }

    /** The ARGs before the first FROM, which FROM lines may use. */
    private static Map<String, String> globalArgs() throws IOException {
        Map<String, String> args = new HashMap<>();
        for (Instruction instruction : instructions()) {
            if (instruction.keyword().equals("FROM")) {
                break;
            }
            Matcher m = ARG_DEFAULT.matcher(instruction.arguments());
            if (instruction.keyword().equals("ARG") && m.matches()) {
                args.put(m.group(1), m.group(2));
            }
        }
        return args;
    }

    private static List<Instruction> instructions() throws IOException {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(CHECKOUT.resolve("Dockerfile"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty() && current.isEmpty()) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                String text = current.toString().strip().replaceAll("\\s+", " ");
                int space = text.indexOf(' ');
                instructions.add(new Instruction(text.substring(0, space), text.substring(space + 1)));
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String resolve(String text, Map<String, String> args) {
        String resolved = text;
        for (Map.Entry<String, String> arg : args.entrySet()) {
            resolved = resolved.replace("${" + arg.getKey() + "}", arg.getValue());
        }
        return resolved;
    }

    private static int lastIndexOf(List<Instruction> stage, String keyword) {
        for (int i = stage.size() - 1; i >= 0; i--) {
            if (stage.get(i).keyword().equals(keyword)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
