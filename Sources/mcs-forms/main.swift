import CommandLineInterface

// `mcs-forms`: prints the forms; `serve` hands its command line to `mcs-forms-desk`.
CommandLineProgram.main(serve: DeskLauncher.exec)
