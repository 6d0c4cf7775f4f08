package io.wiredesk.app;

import io.wiredesk.app.cli.DemoCommand;
import io.wiredesk.app.cli.EnrichCommand;
import io.wiredesk.app.cli.ExtractCommand;
import io.wiredesk.app.cli.FeedCommand;
import io.wiredesk.app.cli.ReplayCommand;
import io.wiredesk.app.cli.RunCommand;
import io.wiredesk.app.cli.TailCommand;
import io.wiredesk.app.cli.TopicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wiredesk} command. */
@Command(name = "wiredesk", mixinStandardHelpOptions = true, version = "wiredesk 0.1.0",
        description = {"Turns a stream of raw news articles into canonical stories on Kafka.",
                "Start with 'wiredesk demo': an embedded broker, the four stages and the sample articles."},
        subcommands = {DemoCommand.class, RunCommand.class, FeedCommand.class, TailCommand.class,
                ReplayCommand.class, ExtractCommand.class, EnrichCommand.class, TopicsCommand.class,
                CommandLine.HelpCommand.class})
public final class Wiredesk implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with wiredesk's error handling: one line on stderr and a non-zero exit. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Wiredesk());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            Throwable cause = e;
            while ((cause instanceof java.io.UncheckedIOException || cause.getMessage() == null) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            cmd.getErr().println("wiredesk " + cmd.getCommandName() + ": error: " + cause.getMessage());
            if (System.getenv("WIREDESK_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("wiredesk " + cmd.getCommandName() + ": " + ex.getMessage());
            cmd.getErr().println("Try 'wiredesk " + cmd.getCommandName() + " --help'.");
            return 2;
        });
        return cl;
    }
}
