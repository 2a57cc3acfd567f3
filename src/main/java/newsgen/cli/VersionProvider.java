package newsgen.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Reads the version Maven stamped into the jar, so --version never drifts from the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/newsgen/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[]{"gen (newsgen) " + properties.getProperty("version", "unknown")};
    }
}
