package io.algogate.broker.spi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fails when the SPI loses or changes anything recorded in {@code src/test/resources/spi-baseline.txt};
 * additions pass. After a deliberate change, rewrite the baseline from the module's current surface:
 *
 * <pre>mvn -pl broker-plugins/broker-spi test -Dspi.baseline.update=true</pre>
 *
 * and commit the file; its diff is the reviewable record of how the contract grew.
 */
class SpiCompatibilityTest {

    // Surefire runs tests in the module directory, so this is the source file, not a copy in target.
    static final Path BASELINE = Path.of("src/test/resources/spi-baseline.txt");

    @Test
    void theSurfaceKeepsEverythingInTheBaseline() throws IOException {
        if (Boolean.getBoolean("spi.baseline.update")) {
            Files.write(BASELINE, SpiSurface.current(), StandardCharsets.UTF_8);
            System.out.println("SPI baseline rewritten: " + BASELINE.toAbsolutePath());
            return;
        }
        List<String> baseline = Files.readAllLines(BASELINE, StandardCharsets.UTF_8);
        List<String> problems = SpiSurface.incompatibilities(baseline, SpiSurface.current());
        assertTrue(problems.isEmpty(), () -> "The SPI broke compatibility with " + BASELINE + ":\n  "
                + String.join("\n  ", problems)
                + "\nRestore it, or if the break is deliberate (a new SPI version), run"
                + " mvn -pl broker-plugins/broker-spi test -Dspi.baseline.update=true");
    }
}
