namespace SalesCoachBot.TestSupport.Processes;

public sealed record ExternalProcessResult(int ExitCode, string Output, string Error)
{
    public string Describe() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
