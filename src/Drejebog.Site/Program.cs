using Drejebog.Site.Cli;

// The only place that touches the process: the folder it was started in and its console.
return (int)CommandLine.Run(args, Directory.GetCurrentDirectory(), Console.Out, Console.Error);
