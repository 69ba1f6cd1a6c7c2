/** Runs a command and measures its wall time and peak memory: the summed RSS of its whole process tree, sampled from /proc (Linux). */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
	ms: number;
	/** Highest sum of resident memory of the process and all its descendants seen, in bytes (0 where /proc is missing). */
	peakRssBytes: number;
}

/** Parent of each running process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
	const map = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/u.test(entry)) continue;
		try {
			// The command name (field 2) may hold spaces and parentheses: read the fields after its closing parenthesis.
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	return map;
}

function treeRssBytes(root: number): number {
	const parentOf = parents();
	const tree = new Set([root]);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, parent] of parentOf)
			if (tree.has(parent) && !tree.has(pid)) {
				tree.add(pid);
				grew = true;
			}
	}
	let bytes = 0;
	for (const pid of tree) {
		try {
			const kib = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			bytes += Number(kib ?? 0) * 1024;
		} catch {
			// Gone already.
		}
	}
	return bytes;
}

/** Runs `command args` with extra environment variables; rejects with its output if it fails. */
export function measuredRun(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv = {}
): Promise<MeasuredRun> {
	const start = performance.now();
	const child = spawn(command, args, {
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	let peakRssBytes = 0;
	const sampler = existsSync('/proc/self/status')
		? setInterval(() => (peakRssBytes = Math.max(peakRssBytes, treeRssBytes(child.pid!))), 100)
		: undefined;
	return new Promise((resolve, reject) => {
		child.on('close', (code) => {
			clearInterval(sampler);
			const ms = Math.round(performance.now() - start);
			if (code === 0) resolve({ ms, peakRssBytes });
			else
				reject(
					new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`)
				);
		});
	});
}

/** The TypeScript runner the benchmarks start the project's commands with. */
export const tsx = 'node_modules/.bin/tsx';
