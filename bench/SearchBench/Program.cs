using Drejebog.Site.SearchBench;

// Exit codes as the generator's: 0 figures printed, 1 no build, no browser or no answer from the search, 2 usage.
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
return await SearchBenchmark.RunAsync(options, Console.Out, Console.Error);
