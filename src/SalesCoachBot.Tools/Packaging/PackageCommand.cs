using Microsoft.Extensions.Configuration;

namespace SalesCoachBot.Tools.Packaging;

// `dotnet run --project src/SalesCoachBot.Tools -- package --app-id <guid> --domain <host> [--out path]`
// The tools' Program.cs hands the arguments after "package" to Run and exits with its code.
internal static class PackageCommand
{
    public const int Success = 0;
    public const int BadConfiguration = 2;
    public const int BuildFailed = 1;

    private const string Usage =
        "Usage: dotnet run --project src/SalesCoachBot.Tools -- package --app-id <guid> --domain <host> "
        + "[--out <path>] [--manifest-dir <path>]";

    public static int Run(string[] args) =>
        Run(AppPackageOptionsReader.BuildConfiguration(args), Console.Out, Console.Error);

    internal static int Run(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var options = AppPackageOptionsReader.Read(configuration);
        var problems = AppPackageOptionsValidator.Validate(options);
        if (problems.Count > 0)
        {
            error.WriteLine("Cannot build the Teams app package:");
            foreach (var problem in problems)
            {
                error.WriteLine($"  - {problem}");
            }

            error.WriteLine(Usage);
            return BadConfiguration;
        }

        try
        {
            var path = AppPackageBuilder.Build(options);
            output.WriteLine($"Teams app package written to {path}");
            output.WriteLine($"  app id {options.MicrosoftAppId}, domain {options.Domain}");
            return Success;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot build the Teams app package: {exception.Message}");
            return BuildFailed;
        }
    }
}
