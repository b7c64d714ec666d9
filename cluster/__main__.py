"""`make cluster`: start the whole layout, print where it is, stop it cleanly on Ctrl-C or SIGTERM."""

import argparse
import signal
import sys
import time

from cluster.layout import Cluster, ClusterError


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8100, help="the front's port; the rest follow it")
    parser.add_argument("--hosts", type=int, default=2, help="how many app hosts")
    parser.add_argument("--no-demo", action="store_true", help="the site's structure only, no demo content")
    options = parser.parse_args()
    cluster = Cluster(base_port=options.port, hosts=options.hosts, demo=not options.no_demo, verbose=True)

    def stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    started = time.monotonic()
    try:
        cluster.start()
        print(f"\n  The cluster is up ({time.monotonic() - started:.0f} s). Ctrl-C stops everything.\n")
        print(f"  Front (Varnish):  {cluster.front_url}/   (English: {cluster.front_url}/en/)")
        for number, name in enumerate(cluster.host_names()):
            print(f"  App {name}:       {cluster.host_url(number)}/")
        print(f"  Health:           {cluster.front_url}/health/")
        print(f"  PostgreSQL:       {cluster.database_url}")
        print(f"  Redis:            {cluster.redis_url}")
        print(f"  S3 (moto):        {cluster.s3_url}/  bucket dobrye-media")
        print(f"  Mail:             files under {cluster.workdir / 'mail'}")
        print(f"  Logs:             {cluster.logs}/\n")
        print("  Admin: the login load_demo_content printed above (user admin).")
        while True:
            for name, process in list(cluster.processes.items()):
                if process.poll() is not None:
                    print(f"  {name} stopped (exit {process.returncode}); see {cluster.logs / (name + '.log')}")
                    cluster.processes.pop(name)
            time.sleep(1)
    except KeyboardInterrupt:
        print("\n  Stopping…")
    except ClusterError as error:
        print(f"  The cluster did not start: {error}", file=sys.stderr)
        return 1
    finally:
        cluster.stop()
        print("  Stopped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
