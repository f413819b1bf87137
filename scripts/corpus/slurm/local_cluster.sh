#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for the tests and for trying the job array without a cluster:
# munge, slurmctld and slurmd, run as root, with their state, spool and logs under DIR.
#
# usage: scripts/corpus/slurm/local_cluster.sh start DIR   (prints `export SLURM_CONF=DIR/slurm.conf`)
#        scripts/corpus/slurm/local_cluster.sh stop DIR
# Needs root and Debian's slurm-wlm and munge (scripts/setup.sh installs them).
set -euo pipefail
action=${1:?usage: $0 start|stop DIR}; dir=$(realpath -m "${2:?usage: $0 start|stop DIR}")

stop() {
  for pid in "$dir"/slurmd.pid "$dir"/slurmctld.pid "$dir"/munged.pid; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  sleep 1
}

if [ "$action" = stop ]; then stop; exit 0; fi
[ "$(id -u)" -eq 0 ] || { echo "$0: needs root (slurmd runs jobs as their users)" >&2; exit 77; }
for b in munged slurmctld slurmd sbatch sinfo; do command -v "$b" >/dev/null || { echo "$0: $b is not installed (apt-get install slurm-wlm munge)" >&2; exit 77; }; done

mkdir -p "$dir"/{state,spool,log,munge}
chmod 755 "$dir"
chown munge:munge "$dir/munge"; chmod 700 "$dir/munge"
head -c 1024 /dev/urandom > "$dir/munge/munge.key"
chown munge:munge "$dir/munge/munge.key"; chmod 400 "$dir/munge/munge.key"
mkdir -p /run/munge; chown munge:munge /run/munge
runuser -u munge -- munged --key-file="$dir/munge/munge.key" --pid-file="$dir/munge/munged.pid" \
  --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munge.seed" --force
cp "$dir/munge/munged.pid" "$dir/munged.pid"

host=$(hostname -s)
cat > "$dir/slurm.conf" <<CONF
ClusterName=attrib-local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ReturnToService=2
MpiDefault=none
NodeName=$host CPUs=$(nproc) State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$dir/slurm.conf
slurmctld
slurmd
for _ in $(seq 1 30); do
  if sinfo -h -o '%t' 2>/dev/null | grep -qE '^(idle|mix|alloc)'; then echo "export SLURM_CONF=$SLURM_CONF"; exit 0; fi
  sleep 1
done
echo "$0: the node did not come up; see $dir/log" >&2
stop
exit 1
