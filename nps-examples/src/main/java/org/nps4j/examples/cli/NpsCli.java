package org.nps4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nps} command-line tool over survey-tool CSV exports. Exit codes: 0 success, 1 failure
 * (the file cannot be read, a named column is missing), 2 usage error, 3 success with rejected
 * rows.
 */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    version = "nps4j 0.1.0-SNAPSHOT",
    description = "Net Promoter Score reports over survey-tool CSV exports.",
    subcommands = {ReportCommand.class, CommandLine.HelpCommand.class})
public final class NpsCli implements Runnable {
  /** Exit code: every row accepted. */
  public static final int OK = 0;
  /** Exit code: the report could not be made. */
  public static final int FAILURE = 1;
  /** Exit code: the command line is wrong. */
  public static final int USAGE = 2;
  /** Exit code: the report was made, and some rows were rejected. */
  public static final int REJECTED_ROWS = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: report");
  }

  /**
   * Returns the command line, with the tool's exit codes.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new NpsCli());
    commandLine.setExecutionExceptionHandler(
        (exception, line, parseResult) -> {
          String message =
              exception instanceof java.nio.file.NoSuchFileException
                  ? "cannot read " + exception.getMessage() + ": no such file"
                  : exception.getMessage();
          line.getErr().println("nps: " + message);
          return FAILURE;
        });
    return commandLine;
  }

  /**
   * Runs the tool.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
