package vn.dti.load;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar deploy/load-generator/target/load-generator.jar demo|run ...} */
@Command(name = "load-generator", mixinStandardHelpOptions = true,
        description = "A client of the DTI Suite's public API: loads the demo, measures the suite under load.",
        subcommands = {DemoLoader.class, LoadRun.class, CeilingDatabase.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
