using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SalesCoachBot.Web.Tests.Scale;

/// <summary>
/// The built host (<c>dotnet SalesCoachBot.Web.dll</c>, the copy beside the test assembly) as a
/// child process on a loopback port of its own, its console kept for failure messages.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _console = new();

    private BotProcess(string name, Process process, Uri baseUrl)
    {
        Name = name;
        _process = process;
        BaseUrl = baseUrl;
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    public bool HasExited => _process.HasExited;

    public string Console
    {
        get
        {
            lock (_console)
            {
                return _console.ToString();
            }
        }
    }

    public static BotProcess Start(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var port = FreePort();
        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        var dll = Path.Combine(AppContext.BaseDirectory, "SalesCoachBot.Web.dll");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.Environment["ASPNETCORE_URLS"] = baseUrl.ToString().TrimEnd('/');
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["Bot__PublicBaseUrl"] = baseUrl.ToString().TrimEnd('/');
        foreach (var (key, value) in settings)
        {
            startInfo.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        var process = new Process { StartInfo = startInfo };
        var bot = new BotProcess(name, process, baseUrl);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits until <c>/healthz</c> answers 200 (the database reached).</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Console}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{Name} was not healthy within {timeout}:\n{Console}");
    }

    /// <summary>SIGKILL: no shutdown, no flushing, as when the machine under it dies.</summary>
    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_console)
        {
            _console.AppendLine(line);
        }
    }
}
