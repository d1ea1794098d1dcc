using Drejebog.Site.PreviewBench;

// Exit codes as the generator's: 0 figures printed, 1 no preview, no browser or no reload, 2 usage.
var (options, error) = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}
if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}
return await PreviewBenchmark.RunAsync(options, Console.Out, Console.Error);
