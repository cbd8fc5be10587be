using MesoRules.Samples.Console;

// MesoRules console sample. Run with no arguments for a full assessment of a built-in sample patient.
// Commands (--help or -h on the root or on any command lists its arguments and options):
//   assess FILE [--start DATE] [--today DATE] [--visit DATE:PHASE:STATUS]... [--json]
//                                                   assess a patient JSON file, planning from the visits recorded so far
//   check ACTIVITY --after INSTANT --at INSTANT     may the patient do ACTIVITY at INSTANT after a session that ended at INSTANT?
//   sheet --after INSTANT --zone ZONE [--markdown]  the aftercare sheet for a session that ended at INSTANT, in time zone ZONE
return Cli.Run(args, Console.Out, Console.Error, TimeProvider.System);
