Console.WriteLine("SalesCoachBot benchmarks: no scenario is built yet.");
