#!/usr/bin/env python3
"""bench/api driver, started by run.sh once the servers run: seeds users, measures the ceilings and every scenario
with wrk, samples the Api's CPU, memory, pool and cache while each runs, and prints the results table (Markdown)."""
import argparse
import concurrent.futures
import json
import os
import re
import resource
import subprocess
import threading
import time
import urllib.request

TICKS = os.sysconf("SC_CLK_TCK")


def http(method, url, key=None, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    if key:
        request.add_header("Authorization", f"Bearer {key}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


def wait_ready(api, pid):
    deadline = time.time() + 120
    while time.time() < deadline:
        if not os.path.exists(f"/proc/{pid}"):
            raise SystemExit("The Api exited during start-up.")
        try:
            http("GET", f"{api}/health/ready")
            return
        except Exception:
            time.sleep(0.5)
    raise SystemExit("The Api did not become ready within 120 s.")


def seed_users(args, count, prefix):
    def one(i):
        user = http("POST", f"{args.api}/api/v1/users", args.service_key,
                    {"telegramId": hash((prefix, i)) % (1 << 50) + 1, "displayName": f"{prefix} {i}"})
        key = http("POST", f"{args.api}/api/v1/users/{user['id']}/keys", args.service_key, {"name": "bench"})
        return user["id"], key["key"]

    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        return list(pool.map(one, range(count)))


def write_users(args, name, users):
    path = os.path.join(args.work, f"{name}.txt")
    with open(path, "w") as f:
        f.writelines(f"{uid} {key}\n" for uid, key in users)
    return path


def psql(args, sql, database="healthdb"):
    out = subprocess.run(["psql", f"{args.pg} dbname={database}", "-qAtc", sql], check=True, capture_output=True, text=True)
    return out.stdout.strip()


def seed_history(args, user_id):
    """10,000 food entries (one item each), 5,000 XP events and 1,000 memories over the past 400 days."""
    psql(args, f"""
        INSERT INTO food_entries (id, user_id, meal, eaten_at)
        SELECT gen_random_uuid(), '{user_id}', 'lunch', now() - (i * interval '57 minutes') - interval '1 day' FROM generate_series(1, 10000) i;
        INSERT INTO food_items (entry_id, user_id, position, name, quantity, unit, grams, kcal, protein_g, carbs_g, fat_g, source, confidence)
        SELECT id, user_id, 0, 'rice', 1, 'bowl', 150, 195, 4, 42, 0.4, 'user', 1 FROM food_entries WHERE user_id = '{user_id}';
        INSERT INTO xp_events (user_id, kind, source_key, xp, occurred_at)
        SELECT '{user_id}', 'Meal', 'history:' || i, 10, now() - (i * interval '77 minutes') - interval '1 day' FROM generate_series(1, 5000) i;
        INSERT INTO memories (user_id, category, content, source, created_at, updated_at)
        SELECT '{user_id}', 'preference', 'remembered fact number ' || i || ' about meals and sleep', 'user', now(), now() FROM generate_series(1, 1000) i;
        ANALYZE;""")


def statements(args):
    return int(psql(args, "SELECT COALESCE(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid "
                          "WHERE d.datname = 'healthdb' AND s.query NOT LIKE '%pg_stat_statements%'"))


def metrics(args):
    text = urllib.request.urlopen(f"{args.api}/metrics", timeout=10).read().decode()
    values = {}
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        match = re.match(r"^([a-zA-Z_:][\w:]*)(\{[^}]*\})?\s+(\S+)", line)
        if match:
            values.setdefault(match.group(1), []).append((match.group(2) or "", float(match.group(3))))
    return values


def total(values, name, label=""):
    return sum(v for labels, v in values.get(name, []) if label in labels)


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


def cpu_by_program():
    """CPU seconds used so far by every process, summed per program name (postgres, redis-server, wrk, dotnet …)."""
    used = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                text = f.read()
        except OSError:
            continue
        name = text[text.index("(") + 1:text.rindex(")")]
        fields = text.rsplit(")", 1)[1].split()
        used[name] = used.get(name, 0) + (int(fields[11]) + int(fields[12])) / TICKS
    return used


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0


class Sampler(threading.Thread):
    """Samples the pool's busy connections once a second while a scenario runs."""

    def __init__(self, args):
        super().__init__(daemon=True)
        self.args, self.stop, self.busy = args, threading.Event(), 0

    def run(self):
        while not self.stop.wait(1):
            try:
                values = metrics(self.args)
                self.busy = max(self.busy, total(values, "db_client_connection_count_value", 'used"'))
            except Exception:
                pass


def wrk(args, url, scenario, users_file, connections, duration, think_ms=0):
    env = dict(os.environ, BENCH_SCENARIO=scenario, BENCH_USERS=users_file, BENCH_THINK_MS=str(think_ms))
    threads = min(2, connections)
    out = subprocess.run(["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s", "--timeout", "10s",
                          "-s", args.lua, url], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def trace(args, scenario, duration):
    """With BENCH_TRACE set, samples the Api's stacks (dotnet-trace) while the scenario runs and prints the hottest methods."""
    if not os.environ.get("BENCH_TRACE"):
        return None
    tool = os.path.expanduser("~/.dotnet/tools/dotnet-trace")
    output = os.path.join(args.work, f"{scenario}.nettrace")
    return subprocess.Popen([tool, "collect", "-p", str(args.api_pid), "--profile", "dotnet-sampled-thread-time,dotnet-common", "-o", output,
                             "--duration", f"00:00:00:{max(1, duration - 1):02d}"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True), output


def report(traced):
    if traced is None:
        return
    process, output = traced
    log = process.communicate()[0]
    if not os.path.exists(output):
        print(f"    dotnet-trace wrote no trace:\n{log}", flush=True)
        return
    tool = os.path.expanduser("~/.dotnet/tools/dotnet-trace")
    for mode in (["--inclusive"], []):
        out = subprocess.run([tool, "report", output, "topN", "-n", os.environ.get("BENCH_TRACE_TOP", "30"), *mode], capture_output=True, text=True).stdout
        print(f"    hottest methods ({'inclusive' if mode else 'exclusive'}):\n" + "\n".join("      " + l for l in out.splitlines()), flush=True)


def measure(args, name, scenario, users_file, connections, duration, think_ms=0, target=None):
    before_sql, before_cpu, before_metrics = statements(args), cpu_seconds(args.api_pid), metrics(args)
    before_programs = cpu_by_program()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    before_children = children.ru_utime + children.ru_stime
    sampler = Sampler(args)
    sampler.start()
    traced = trace(args, scenario, duration)
    started = time.time()
    result = wrk(args, args.api, scenario, users_file, connections, duration, think_ms)
    wall = time.time() - started
    sampler.stop.set()
    after_programs = cpu_by_program()
    report(traced)
    after_metrics = metrics(args)
    hits = total(after_metrics, "healthagent_cache_hits_total") - total(before_metrics, "healthagent_cache_hits_total")
    misses = total(after_metrics, "healthagent_cache_misses_total") - total(before_metrics, "healthagent_cache_misses_total")
    result.update(
        name=name, connections=connections, think_ms=think_ms,
        rps=result["requests"] / (result["duration_us"] / 1e6),
        sql_per_request=(statements(args) - before_sql) / max(result["requests"], 1),
        cpu_cores=(cpu_seconds(args.api_pid) - before_cpu) / wall, rss_mib=rss_mib(args.api_pid),
        pg_cores=(after_programs.get("postgres", 0) - before_programs.get("postgres", 0)) / wall,
        redis_cores=(after_programs.get("redis-server", 0) - before_programs.get("redis-server", 0)) / wall,
        wrk_cores=(sum(resource.getrusage(resource.RUSAGE_CHILDREN)[:2]) - before_children) / wall,
        cache_hit=hits / (hits + misses) if hits + misses else None, pool_busy=sampler.busy, target=target)
    print(f"  {name}: {result['rps']:.0f} req/s, p50 {result['p50'] / 1000:.1f} ms, p99 {result['p99'] / 1000:.1f} ms, "
          f"{result['failed']} errors, {result['limited']} × 429", flush=True)
    return result


def ceilings(args):
    print("Ceilings …", flush=True)
    kestrel = wrk(args, args.ceiling, "ceiling", args.users_file, 100, args.duration)
    kestrel["rps"] = kestrel["requests"] / (kestrel["duration_us"] / 1e6)
    psql(args, "CREATE TABLE IF NOT EXISTS bench_insert (id bigserial PRIMARY KEY, at timestamptz NOT NULL, payload text NOT NULL)", "postgres")
    script = os.path.join(args.work, "insert.sql")
    with open(script, "w") as f:
        f.write("INSERT INTO bench_insert (at, payload) VALUES (now(), 'a single row');\n")
    host, port = re.search(r"host=(\S+)", args.pg).group(1), re.search(r"port=(\S+)", args.pg).group(1)
    out = subprocess.run(["pgbench", "-h", host, "-p", port, "-U", "bench", "-n", "-f", script, "-c", "16", "-j", "2",
                          "-T", str(args.duration), "postgres"], check=True, capture_output=True, text=True).stdout
    pgbench = float(re.search(r"tps = ([\d.]+)", out).group(1))
    out = subprocess.run(["redis-benchmark", "-p", str(args.redis_port), "-t", "get", "-n", str(20000 * args.duration),
                          "-c", "50", "-q"], check=True, capture_output=True, text=True).stdout
    redis = float(re.search(r"GET: ([\d.]+) requests per second", out).group(1))
    print(f"  Kestrel {kestrel['rps']:.0f} req/s, pgbench insert {pgbench:.0f} TPS, redis GET {redis:.0f}/s", flush=True)
    return kestrel, pgbench, redis


def table(rows, kestrel, pgbench, redis):
    ms = lambda us: f"{us / 1000:.1f}"
    lines = [
        f"Ceilings in the same run: bare Kestrel JSON GET **{kestrel['rps']:,.0f} req/s** (p50 {ms(kestrel['p50'])} ms, "
        f"p99 {ms(kestrel['p99'])} ms); pgbench single-row insert **{pgbench:,.0f} TPS** (16 clients); "
        f"redis-benchmark GET **{redis:,.0f}/s** (50 clients).",
        "",
        "CPU is in cores of this machine's 2, measured per process during the scenario: the Api, PostgreSQL (all its "
        "processes), Redis and wrk itself.",
        "",
        "| scenario | conns | think | req/s | vs ceiling | p50 ms | p90 ms | p95 ms | p99 ms | errors | 429 | SQL/req | cache hit | pool busy | CPU Api / PG / Redis / wrk | Api RSS | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        ceiling = pgbench if r["name"].startswith("food write") else kestrel["rps"]
        versus = "" if r["think_ms"] else f"{100 * r['rps'] / ceiling:.1f} %" + (" of pgbench" if ceiling == pgbench else "")
        hit = "" if r["cache_hit"] is None else f"{100 * r['cache_hit']:.0f} %"
        think = f"{r['think_ms']} ms" if r["think_ms"] else "–"
        lines.append(
            f"| {r['name']} | {r['connections']} | {think} | {r['rps']:,.0f} | {versus} | {ms(r['p50'])} | {ms(r['p90'])} | {ms(r['p95'])} | "
            f"{ms(r['p99'])} | {r['failed'] + r['socket_errors']} | {r['limited']} | {r['sql_per_request']:.1f} | {hit} | {r['pool_busy']:.0f} | "
            f"{r['cpu_cores']:.2f} / {r['pg_cores']:.2f} / {r['redis_cores']:.2f} / {r['wrk_cores']:.2f} | {r['rss_mib']:.0f} MiB | {r['target'] or ''} |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    for name in ["api", "ceiling", "pg", "service-key", "work", "lua"]:
        parser.add_argument(f"--{name}", required=True)
    for name in ["redis-port", "api-pid", "users", "duration"]:
        parser.add_argument(f"--{name}", type=int, required=True)
    args = parser.parse_args()
    wait_ready(args.api, args.api_pid)
    http("GET", f"{args.api}/health/ready")
    print(f"Seeding {args.users} users with their own keys, and two more: one new, one with a long history …", flush=True)
    started = time.time()
    users = seed_users(args, args.users, "bench")
    args.users_file = write_users(args, "users", users)
    hundred = write_users(args, "hundred", users[:100])
    (new_user,), (old_user,) = seed_users(args, 1, "new"), seed_users(args, 1, "history")
    seed_history(args, old_user[0])
    new_file, old_file = write_users(args, "new", [new_user]), write_users(args, "history", [old_user])
    print(f"  seeded in {time.time() - started:.0f} s", flush=True)

    kestrel, pgbench, redis = ceilings(args)
    d = args.duration
    print("Scenarios …", flush=True)
    # A warm-up so that JIT, pools and caches are in their steady state before anything is measured.
    wrk(args, args.api, "mixed", hundred, 50, max(2, d // 2))
    only = os.environ.get("BENCH_ONLY")
    if only:
        rows = [measure(args, only, only, hundred, 100, d)]
        print(table(rows, kestrel, pgbench, redis))
        return
    # Reads and chats before the food writes, which add today's entries that the summaries then have to read.
    rows = [
        measure(args, "profile read (cached)", "profile", hundred, 100, d, target="≥ 30 % of Kestrel; ≤ 1 SQL; hit ≥ 90 %"),
        measure(args, "daily summary", "summary", hundred, 100, d, target="≥ 15 % of Kestrel"),
        measure(args, "chat: calories today?", "chat_query", hundred, 100, d, target="p99 ≤ 250 ms"),
        measure(args, "chat: logging a meal", "chat_log", hundred, 100, d, target="p99 ≤ 250 ms"),
        measure(args, "food write (items)", "food_items", hundred, 100, d, target="≥ 10 % of pgbench; ≤ 6 SQL"),
        measure(args, "food write (text)", "food_text", hundred, 100, d),
        measure(args, "day of a user, 100 users", "mixed", hundred, 100, d, think_ms=1000, target="p95 < 100 ms"),
        measure(args, f"day of a user, {args.users} users", "mixed", args.users_file, args.users, d, think_ms=1000,
                target="p95 < 500 ms, < 1 % errors"),
    ]
    # Reads first: the writes add today's entries, which the day's summary (and the chat's answer) then read.
    for label, file in [("new user", new_file), ("10k entries, 5k XP, 1k memories", old_file)]:
        rows.append(measure(args, f"daily summary, {label}", "summary", file, 10, max(2, d // 2)))
        rows.append(measure(args, f"chat: calories today?, {label}", "chat_query", file, 10, max(2, d // 2)))
        rows.append(measure(args, f"food write (items), {label}", "food_items", file, 10, max(2, d // 2)))
    print()
    print(table(rows, kestrel, pgbench, redis))
    with open(os.path.join(args.work, "..", f"bench-api-{time.strftime('%Y%m%d-%H%M%S')}.json"), "w") as f:
        json.dump({"kestrel": kestrel, "pgbench": pgbench, "redis": redis, "rows": rows}, f, indent=1)


if __name__ == "__main__":
    main()
