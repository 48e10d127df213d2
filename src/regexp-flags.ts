/**
 * The engine's patterns are long alternations, each run a few times per question. V8 first interprets a
 * pattern and compiles it to machine code only once it has run often, so every pattern is compiled twice and
 * interpreted in between. Compiling each once, on its first run, takes a fifth off a batch of 10,000 questions
 * (4.6 s to 3.7 s) and 0.2 s off the first answer. Imported first by the command line, before any pattern runs.
 *
 * Only by the command line: Node warns that V8 flags changed at run time may crash a process, and in one that
 * also runs the Discord client this one does. A probe that answered 30,000 questions and then ran 300 /ask
 * interactions on the fake Discord server died with SIGSEGV in 3 of 7 runs with the flag and in none of 8
 * without it (2026-11-26). The bot and the bench's in-process figures go without it. The command line ran
 * eight batches of 10,000 questions with it and no crash.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
