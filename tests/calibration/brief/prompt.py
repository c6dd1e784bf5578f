import sys
k,l=sys.argv[1],sys.argv[2]
facts=open(f'/tmp/rk/brief/facts_{k}.txt').read().strip()
print(f"""You are one independent answerer for a questionnaire about a Dutch regional health-and-social-care table. Work alone and only from the text below.

Facts about the table (this is all you know about it):

\"\"\"{facts}\"\"\"

Read these two files, and no others: /tmp/rk/brief2/instructions.md (how to answer and the file format) and /tmp/rk/brief2/questionnaire_en.txt (the 32 questions with their five options). Do not open, list or search any other file or folder on this machine (not /work, not other files in /tmp/rk); do not run any program except to write your file. Answer every question as the instructions say, with label "{l}", and write your answers to /tmp/rk/ans2/{k}-{l}.ron. Then reply with the path you wrote.""")
