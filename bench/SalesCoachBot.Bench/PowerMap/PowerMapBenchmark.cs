using System.Globalization;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.PowerMap;
using SkiaSharp;

namespace SalesCoachBot.Bench.PowerMap;

/// <summary>
/// Publishes the 12-person sample deal's power map over and over through the public path the bot
/// uses (render, PNG encode, store) and prints the figures. Target: under 200 ms per picture.
/// Arguments: <c>--iterations N</c> (default 50), <c>--warmup N</c> (default 5),
/// <c>--culture zh-CN|en-US</c> (default zh-CN), <c>--font PATH</c>, <c>--out FILE</c> (writes the last PNG).
/// </summary>
public static class PowerMapBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var iterations = int.Parse(Argument(args, "--iterations") ?? "50", CultureInfo.InvariantCulture);
        var warmup = int.Parse(Argument(args, "--warmup") ?? "5", CultureInfo.InvariantCulture);
        var culture = CultureInfo.GetCultureInfo(Argument(args, "--culture") ?? "zh-CN");
        var output = Argument(args, "--out");

        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [PowerMapOptions.PublicBaseUrlKey] = "https://bench.invalid",
                [$"{PowerMapOptions.SectionName}:{nameof(PowerMapOptions.FontPath)}"] = Argument(args, "--font"),
                [$"{PowerMapOptions.SectionName}:{nameof(PowerMapOptions.MaxImages)}"] = "10",
            })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSimpleConsole(console => console.SingleLine = true))
            .AddPowerMap();
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        var publisher = provider.GetRequiredService<IPowerMapPublisher>();
        var store = provider.GetRequiredService<PowerMapImageStore>();
        var deal = PowerMapSampleDeal.Create();

        Uri? last = null;
        for (var i = 0; i < warmup; i++)
        {
            last = await publisher.PublishAsync(deal, culture, CancellationToken.None).ConfigureAwait(false);
        }

        var clock = TimeProvider.System;
        var milliseconds = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var started = clock.GetTimestamp();
            last = await publisher.PublishAsync(deal, culture, CancellationToken.None).ConfigureAwait(false);
            milliseconds[i] = clock.GetElapsedTime(started).TotalMilliseconds;
        }

        var token = Path.GetFileNameWithoutExtension(last!.AbsolutePath);
        var png = store.Find(token)!.Png.ToArray();
        var size = SKBitmap.DecodeBounds(png);
        Array.Sort(milliseconds);

        Console.WriteLine($"power map: {deal.Stakeholders.Count} people, {culture.Name}, {size.Width}x{size.Height} px, {png.Length:N0} bytes");
        Console.WriteLine(FormattableString.Invariant(
            $"power map: {iterations} renders after {warmup} warm-up: mean {milliseconds.Average():F1} ms, p50 {Percentile(milliseconds, 0.50):F1} ms, p95 {Percentile(milliseconds, 0.95):F1} ms, max {milliseconds[^1]:F1} ms (target < 200 ms)"));

        if (output is not null)
        {
            await File.WriteAllBytesAsync(output, png).ConfigureAwait(false);
            Console.WriteLine($"power map: wrote {output}");
        }
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    // Nearest-rank percentile over sorted samples.
    private static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
