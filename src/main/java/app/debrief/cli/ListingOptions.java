package app.debrief.cli;

import app.debrief.bank.Track;
import picocli.CommandLine.Option;

/** The options of a command that lists bundled content (prompts, loops): one track or both, a table or JSON. */
final class ListingOptions {

    @Option(names = "--track", paramLabel = "pm|pmm", description = "Only this track.")
    Track track;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;
}
