package io.algogate.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The blocks of docs/DEPLOYING.md that an enterprise copies into its server, each marked with
 * {@code <!-- deploy-it: NAME -->} on the line before its fence, so the deployment IT uses exactly
 * what the document shows.
 */
public final class DeployingDoc {

    private static final Pattern MARKER = Pattern.compile("<!-- deploy-it: (\\S+) -->");

    private final Map<String, String> blocks;

    private DeployingDoc(Map<String, String> blocks) {
        this.blocks = blocks;
    }

    public static DeployingDoc read(Path document) {
        try {
            return parse(Files.readAllLines(document, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeployingDoc parse(List<String> lines) {
        Map<String, String> blocks = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (!marker.matches()) {
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
                throw new IllegalStateException("deploy-it block " + marker.group(1) + " has no fence after its marker");
            }
            StringBuilder block = new StringBuilder();
            int line = i + 2;
            while (line < lines.size() && !lines.get(line).startsWith("```")) {
                block.append(lines.get(line)).append('\n');
                line++;
            }
            if (line == lines.size()) {
                throw new IllegalStateException("deploy-it block " + marker.group(1) + " is not closed");
            }
            blocks.put(marker.group(1), block.toString());
            i = line;
        }
        return new DeployingDoc(blocks);
    }

    /** The block's text, ending with a newline. */
    public String block(String name) {
        String block = blocks.get(name);
        if (block == null) {
            throw new AssertionError("docs/DEPLOYING.md has no block marked deploy-it: " + name);
        }
        return block;
    }
}
