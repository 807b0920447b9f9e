using System.Globalization;
using SalesCoachBot.Bench;

// Benchmarks print figures and assert nothing about time.
//   (no scenario)  load harness: the real host as a child process in local mode, a stand-in
//                  connector on loopback, N concurrent conversations
//   power-map      renders a 12-person deal's power map
//   nudges         stall rules over 100 000 deals / 10 000 managers, and the outbox's send rate
//   seed-deals     a SQLite database with 100 000 deals (bench/rss-full-database.sh measures the host on it)
if (args is ["power-map", ..])
{
    await SalesCoachBot.Bench.PowerMap.PowerMapBenchmark.RunAsync(args[1..]);
    return 0;
}

if (args is ["seed-deals", ..])
{
    await SalesCoachBot.Bench.Seeding.DealSeeder.RunAsync(args[1..]);
    return 0;
}

if (args is ["nudges", ..])
{
    await SalesCoachBot.Bench.Nudges.NudgeBenchmark.RunAsync(args[1..]);
    return 0;
}

var options = BenchOptions.Parse(args);
using var limit = new CancellationTokenSource(options.RunLimit);

await using var connector = await StandInConnector.StartAsync();
using var bot = await BotProcess.StartAsync(options.BotDll, limit.Token);
Console.WriteLine($"bot {bot.BaseAddress}  stand-in connector {connector.ServiceUrl}");
Console.WriteLine($"{options.Conversations} conversations x {options.MessagesPerConversation} messages, one message in flight per conversation");

var result = await new LoadRun(options, bot.BaseAddress, connector).RunAsync(limit.Token);
var peak = bot.PeakResidentBytes();

var culture = CultureInfo.InvariantCulture;
Console.WriteLine(string.Create(culture, $"turns measured   {result.Latencies.Length} (+{options.Conversations} warm-up), without reply {result.Failures}{(limit.IsCancellationRequested ? ", stopped at the run limit" : string.Empty)}"));
Console.WriteLine(string.Create(culture, $"wall time        {result.Elapsed.TotalSeconds:F2} s"));
Console.WriteLine(string.Create(culture, $"throughput       {result.TurnsPerSecond:F1} turns/s"));
Console.WriteLine(string.Create(culture, $"latency p50      {result.PercentileMilliseconds(50):F1} ms  (request sent -> reply at the stand-in connector)"));
Console.WriteLine(string.Create(culture, $"latency p95      {result.PercentileMilliseconds(95):F1} ms"));
Console.WriteLine(string.Create(culture, $"latency p99      {result.PercentileMilliseconds(99):F1} ms"));
Console.WriteLine(peak is { } bytes
    ? string.Create(culture, $"bot peak RSS     {bytes / (1024.0 * 1024.0):F1} MiB (VmHWM)")
    : "bot peak RSS     unavailable (no /proc)");
return result.Failures == 0 ? 0 : 1;
